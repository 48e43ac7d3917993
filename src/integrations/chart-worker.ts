import { parentPort } from 'node:worker_threads';
import type { ChartJob } from '../lib/charts/jobs.ts';
import { renderChartSvg } from '../lib/charts/render-svg.ts';
import { yieldToRendering } from './background-thread.ts';

/**
 * A chart-drawing thread of the build (started by charts.ts): takes jobs, answers with the SVG or
 * with the error's message (a label the chart font cannot draw says which character and where).
 */
export interface ChartRequest {
  id: number;
  job: ChartJob;
}
export type ChartReply =
  { id: number; svg: string; ms: number } | { id: number; error: string; ms: number };

yieldToRendering();

parentPort?.on('message', ({ id, job }: ChartRequest) => {
  const started = performance.now();
  let reply: ChartReply;
  try {
    const svg = renderChartSvg(job.input, job.variant, job.idPrefix);
    reply = { id, svg, ms: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id, error: message, ms: performance.now() - started };
  }
  parentPort?.postMessage(reply);
});
