import type { APIRoute, GetStaticPaths } from 'astro';
import { ageBandSavedSets } from '../../../data/saved-sets.ts';

/** An age band's saved set (issue 17): its pages; the offline integration adds the files they load. */
export const getStaticPaths = (async () =>
  (await ageBandSavedSets()).map((set) => ({
    params: { band: set.band },
    props: { title: set.title, pages: set.pages },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props);
