import type { APIRoute, GetStaticPaths } from 'astro';
import { getTargetProgress } from '../../../data/progress.ts';
import { getTargets } from '../../../data/targets.ts';
import { renderChartSvg } from '../../../lib/charts/render-svg.ts';
import { toChartInput } from '../../../lib/progress/chart-input.ts';
import { exportRows, toCsv, toJson } from '../../../lib/progress/export.ts';
import type { MeasureProgress } from '../../../lib/progress/series.ts';

/** Per measure with data: the plotted data as CSV and JSON, and the small chart of the overview. */
const TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
} as const;

export const getStaticPaths = (async () => {
  const paths = [];
  for (const target of await getTargets()) {
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

export const GET: APIRoute<Props> = ({ props: { targetId, progress, extension } }) => {
  const body =
    extension === 'csv'
      ? toCsv(exportRows(progress))
      : extension === 'json'
        ? toJson(targetId, progress)
        : renderChartSvg(toChartInput(progress, 'small'), `nho-${progress.measure.id}`);
  return new Response(body, { headers: { 'Content-Type': TYPES[extension] } });
};
