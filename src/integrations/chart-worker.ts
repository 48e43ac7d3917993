import { parentPort } from 'node:worker_threads';
import type { ChartJob } from '../lib/charts/jobs.ts';
import { renderChartSvg } from '../lib/charts/render-svg.ts';

/**
 * A chart-drawing thread of the build (started by charts.ts): takes jobs, answers with the SVG or
 * with the error's message (a label the chart font cannot draw says which character and where).
 */
export interface ChartRequest {
  id: number;
  job: ChartJob;
}
export type ChartReply = { id: number; svg: string } | { id: number; error: string };

parentPort?.on('message', ({ id, job }: ChartRequest) => {
  let reply: ChartReply;
  try {
    reply = { id, svg: renderChartSvg(job.input, job.variant, job.idPrefix) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
