import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, targetDownload } from '../../../data/downloads.ts';

/** One part of the target definitions download: DATA_PART_SIZE definitions under "targets". */
export const getStaticPaths = (async () =>
  (await targetDownload()).parts.map((part) => ({
    params: { part: part.name },
    props: { body: part.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: unknown }> = ({ props }) => jsonResponse(props.body);
