import type { Milestone } from '../../schemas/target.ts';
import { describeMilestone } from '../targets.ts';
import { periodLabel } from './periods.ts';
import {
  headlineSeries,
  shareMeeting,
  type MeasureProgress,
  type UnitSeries,
  type UnitShare,
} from './series.ts';
import { formatValue, type Status } from './status.ts';

/**
 * What the summary card of one measure shows (home page, plan pages, "Tiến độ"): one figure and
 * one status for the whole province.
 */
export interface OverviewCard {
  progress: MeasureProgress;
  /** Set when the card sums several units up as the share meeting the milestone. */
  share?: UnitShare;
  /** Otherwise the unit shown: the province if it has values (see headlineSeries). */
  series?: UnitSeries;
  /** The latest value of that unit. */
  latest?: UnitSeries['points'][number];
  status: Status;
  /** The milestone in force for the period shown, if any. */
  milestone?: Milestone;
  /** "97,3 % (2024) – tỉnh Lào Cai", "3/4 đơn vị đạt mốc (2025)" or "chưa có số liệu". */
  latestText: string;
  /** The milestone in force in words; every milestone of the measure when no period is shown. */
  milestoneText: string;
}

/**
 * The card of a measure of a plan in `provinceId`. With a figure for the province, the card shows
 * the province's latest value and status. Without one but with several units, it shows the share
 * of units meeting the milestone in the latest period: met when all of them do, off track
 * otherwise (a share is never judged on a trend).
 */
export function overviewCard(progress: MeasureProgress, provinceId: string): OverviewCard {
  const share =
    progress.series.length > 1 && !progress.series.some((s) => s.unit.id === provinceId)
      ? shareMeeting(progress).at(-1)
      : undefined;
  const series = share ? undefined : headlineSeries(progress, provinceId);
  const latest = series?.points.at(-1);
  const period = share?.period.key ?? latest?.period;
  const milestone = period
    ? progress.milestones[progress.categories.findIndex((c) => c.key === period)]
    : undefined;
  const status: Status = share
    ? share.met === share.total
      ? 'met'
      : 'off-track'
    : (series?.assessment.status ?? 'no-data');
  const latestText = share
    ? `${share.met}/${share.total} đơn vị đạt mốc (${periodLabel(share.period)})`
    : latest && series
      ? `${formatValue(progress.measure, latest.value)} (${periodLabel(latest.parsed)}${latest.estimate ? ', số ước' : ''}) – ${series.unit.name}`
      : 'chưa có số liệu';
  const milestoneText = milestone
    ? describeMilestone(progress.measure, milestone)
    : progress.measure.milestones.map((m) => describeMilestone(progress.measure, m)).join('; ');
  return { progress, share, series, latest, status, milestone, latestText, milestoneText };
}

/** Whether any card shows sample figures (the overview then carries the sample banner). */
export function hasSampleFigures(cards: readonly OverviewCard[]): boolean {
  return cards.some((card) => card.progress.sample);
}
