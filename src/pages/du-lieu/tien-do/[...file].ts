import type { APIRoute, GetStaticPaths } from 'astro';
import { getTargetProgress } from '../../../data/progress.ts';
import { getMeasured } from '../../../data/targets.ts';
import { measureCharts } from '../../../data/charts.ts';
import { exportRows, toCsv, toJson } from '../../../lib/progress/export.ts';
import type { MeasureProgress } from '../../../lib/progress/series.ts';

/** Per measure with data: the plotted data as CSV and JSON, and the narrow chart the overview shows. */
const TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
} as const;

export const getStaticPaths = (async () => {
  const paths = [];
  for (const target of await getMeasured()) {
    for (const progress of await getTargetProgress(target)) {
      if (progress.series.length === 0) continue;
      for (const extension of Object.keys(TYPES) as (keyof typeof TYPES)[]) {
        paths.push({
          params: { file: `${target.id}/${progress.measure.id}.${extension}` },
          props: { targetId: target.id, progress, extension },
        });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

interface Props {
  targetId: string;
  progress: MeasureProgress;
  extension: keyof typeof TYPES;
}

export const GET: APIRoute<Props> = async ({ props: { targetId, progress, extension } }) => {
  const body =
    extension === 'csv'
      ? toCsv(exportRows(progress))
      : extension === 'json'
        ? toJson(targetId, progress)
        : (await measureCharts(progress)).narrow;
  return new Response(body, { headers: { 'Content-Type': TYPES[extension] } });
};
