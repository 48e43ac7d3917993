import type { ChartInput } from '../charts/config.ts';
import { periodShortLabel, REORGANISATION_LABEL } from './periods.ts';
import type { MeasureProgress } from './series.ts';

/** The plain data a chart is drawn from, for the build and for the browser alike. */
export function toChartInput(progress: MeasureProgress, size: ChartInput['size']): ChartInput {
  return {
    kind: progress.measure.kind,
    categories: progress.categories.map(periodShortLabel),
    datasets: progress.series.map((series) => {
      const byPeriod = new Map(series.points.map((p) => [p.period, p]));
      return {
        label: series.unit.name,
        values: progress.categories.map((c) => byPeriod.get(c.key)?.value ?? null),
        estimate: progress.categories.map((c) => byPeriod.get(c.key)?.estimate ?? false),
      };
    }),
    milestones: progress.milestones.map((m) => (m ? { comparator: m.comparator, value: m.value } : null)),
    breakAfter: progress.breakAfter,
    breakLabel: `Từ ${REORGANISATION_LABEL}: đơn vị mới`,
    size,
  };
}
