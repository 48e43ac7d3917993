import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, modelDownload } from '../../../data/downloads.ts';

/** One part of the models download: DATA_PART_SIZE models under "models". */
export const getStaticPaths = (async () =>
  (await modelDownload()).parts.map((part) => ({
    params: { part: part.name },
    props: { body: part.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: unknown }> = ({ props }) => jsonResponse(props.body);
