import type { ChartVariant } from '../lib/charts/config.ts';
import { CHART_SERVICE, chartJobs, type ChartJob, type ChartService } from '../lib/charts/jobs.ts';
import { toChartInput } from '../lib/progress/chart-input.ts';
import { measureAnchor } from '../lib/progress/files.ts';
import type { MeasureProgress } from '../lib/progress/series.ts';
import { getTargetProgress } from './progress.ts';
import { getMeasured } from './targets.ts';

/**
 * The build-time pictures of a measure's chart, wide and narrow. In a build they come from the
 * charts integration (worker threads and a cache kept between builds); the first request queues
 * every chart of the site, so the threads draw ahead of the pages that show them. Without the
 * integration (astro dev) they are drawn here.
 */

const jobsOf = (progress: MeasureProgress): ChartJob[] =>
  chartJobs(toChartInput(progress), measureAnchor(progress.measure.id));

/** The charts integration's drawing threads, in a build (undefined in astro dev). */
const chartService = () => (globalThis as Record<symbol, ChartService | undefined>)[CHART_SERVICE];

let queued: Promise<void> | undefined;

function queueEveryChart(service: ChartService): Promise<void> {
  queued ??= (async () => {
    for (const target of await getMeasured())
      for (const progress of await getTargetProgress(target))
        if (progress.series.length > 0)
          // A failure is reported to the page that shows the chart, when it asks for it.
          for (const job of jobsOf(progress)) service.draw(job).catch(() => undefined);
  })();
  return queued;
}

/**
 * Starts the build's chart threads on every chart as soon as the first page of the build renders
 * (src/integrations/charts-middleware.ts), not when the first page with a chart does: pages render
 * in the order of their addresses, and the ones before the first chart give the threads a head start.
 */
export function drawEveryChartAhead(): void {
  const service = chartService();
  // A failure is reported to the page that shows the chart, when it asks for it.
  if (service) queueEveryChart(service).catch(() => undefined);
}

async function draw(job: ChartJob): Promise<string> {
  const service = chartService();
  if (!service) {
    const { renderChartSvg } = await import('../lib/charts/render-svg.ts');
    return renderChartSvg(job.input, job.variant, job.idPrefix);
  }
  await queueEveryChart(service);
  return service.draw(job);
}

export async function measureCharts(
  progress: MeasureProgress,
): Promise<Record<ChartVariant, string>> {
  const [wide, narrow] = await Promise.all(jobsOf(progress).map(draw));
  return { wide: wide!, narrow: narrow! };
}
