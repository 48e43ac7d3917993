import { SERIES_COLOURS, type ChartInput } from '../charts/config.ts';
import { periodAxisLines, periodShortLabel, REORGANISATION_LABEL } from './periods.ts';
import { shareMeeting, type MeasureProgress } from './series.ts';

/** More units than colours and markers can tell apart: the chart then shows their share meeting the milestone. */
export const summarised = (progress: MeasureProgress) =>
  progress.series.length > SERIES_COLOURS.length;

const BREAK_LABELS = {
  breakLabel: `Từ ${REORGANISATION_LABEL}: đơn vị mới`,
  breakShortLabel: `Từ ${REORGANISATION_LABEL}`,
};

/** The plain data a chart is drawn from, for the build and for the browser alike. */
export function toChartInput(progress: MeasureProgress): ChartInput {
  if (summarised(progress)) {
    const shares = new Map(shareMeeting(progress).map((share) => [share.period.key, share]));
    return {
      kind: 'rate',
      categories: progress.categories.map(periodShortLabel),
      categoryLines: progress.categories.map(periodAxisLines),
      datasets: [
        {
          label: 'Tỷ lệ đơn vị đạt mốc',
          values: progress.categories.map((c) => shares.get(c.key)?.rate ?? null),
          estimate: progress.categories.map(() => false),
        },
      ],
      milestones: progress.categories.map((c) =>
        shares.has(c.key) ? { comparator: '>=', value: 100 } : null,
      ),
      breakAfter: progress.breakAfter,
      ...BREAK_LABELS,
    };
  }
  return {
    kind: progress.measure.kind,
    categories: progress.categories.map(periodShortLabel),
    categoryLines: progress.categories.map(periodAxisLines),
    datasets: progress.series.map((series) => {
      const byPeriod = new Map(series.points.map((p) => [p.period, p]));
      return {
        label: series.label,
        values: progress.categories.map((c) => byPeriod.get(c.key)?.value ?? null),
        estimate: progress.categories.map((c) => byPeriod.get(c.key)?.estimate ?? false),
      };
    }),
    milestones: progress.milestones.map((m) =>
      m ? { comparator: m.comparator, value: m.value } : null,
    ),
    breakAfter: progress.breakAfter,
    ...BREAK_LABELS,
  };
}
