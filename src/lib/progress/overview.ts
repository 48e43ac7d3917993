import type { Milestone } from '../../schemas/target.ts';
import { describeMilestone, LEVEL_UNIT_NOUNS, perUnit } from '../targets.ts';
import { periodLabel } from './periods.ts';
import type { MeasureProgress, UnitSeries } from './series.ts';
import { formatValue, statusSentence, type Status } from './status.ts';

/**
 * What the summary card of one measure shows (home page, plan pages, "Tiến độ"): the province's
 * line. A target set for the whole province is judged on the province's own figure; a target set
 * for each unit ("mỗi chi hội", "mỗi cấp hội cơ sở", "các cấp Hội") on its units, the line then
 * being the count of units that meet it.
 */
export interface OverviewCard {
  progress: MeasureProgress;
  status: Status;
  /** Any figure behind the status is sample: it is shown as an illustration, never a verdict. */
  sample: boolean;
  /** "97,6 % (2025) – tỉnh Lào Cai", "0/2 xã, phường có số liệu đạt mốc (2025)", "chưa có số liệu". */
  latestText: string;
  /** A value shown but not judged, said as such: "số ước năm 2026: 97,9 %, chưa đánh giá". */
  pendingText?: string;
  /** The milestone the status was judged against; every milestone when nothing was judged. */
  milestoneText: string;
  /** Why, in one sentence (the same words as the target page). */
  reason: string;
  /** The units counted, for a per-unit target. */
  share?: { met: number; judged: number; noun: string };
}

const JUDGED: readonly Status[] = ['met', 'not-met', 'on-track', 'off-track'];

const isJudged = (series: UnitSeries) => !series.total && JUDGED.includes(series.assessment.status);

/** "97,9 % (2026, số ước)". */
function pointText(progress: MeasureProgress, point: UnitSeries['points'][number]): string {
  return `${formatValue(progress.measure, point.value)} (${periodLabel(point.parsed)}${point.estimate ? ', số ước' : ''})`;
}

function milestoneWords(progress: MeasureProgress, milestone: Milestone | undefined): string {
  const measure = progress.measure;
  return milestone
    ? describeMilestone(measure, milestone)
    : measure.milestones.map((m) => describeMilestone(measure, m)).join('; ');
}

/**
 * The units a card speaks of: those still existing, or, when none has figures (a plan read only
 * up to 30/06/2025), the units that ended then, whose figures are a final standing.
 */
function unitsInView(progress: MeasureProgress): UnitSeries[] {
  const living = progress.series.filter((s) => !s.endedBefore);
  return living.some((s) => s.points.length) ? living : progress.series;
}

/** The card of a measure of a plan in `provinceId`. */
export function overviewCard(progress: MeasureProgress, provinceId: string): OverviewCard {
  return perUnit(progress.measure)
    ? perUnitCard(progress, provinceId)
    : provinceCard(progress, provinceId);
}

/** A target set for the whole province: the province's own line, as it is today if it has figures. */
function provinceCard(progress: MeasureProgress, provinceId: string): OverviewCard {
  const inView = unitsInView(progress);
  const series =
    inView.find((s) => s.unit.id === provinceId) ??
    inView.find((s) => s.unit.level === 'province') ??
    inView[0];
  if (!series || series.points.length === 0)
    return {
      progress,
      status: 'no-data',
      sample: false,
      latestText: 'chưa có số liệu',
      milestoneText: milestoneWords(progress, undefined),
      reason: statusSentence({
        status: 'no-data',
        sample: false,
        final: false,
        detail: 'chưa có số liệu nào được công bố.',
      }),
    };
  const { assessment } = series;
  const judged = assessment.judged
    ? series.points.find((p) => p.period === assessment.judged!.period.key)
    : undefined;
  const latest = series.points.at(-1)!;
  const shown = judged ?? latest;
  return {
    progress,
    status: assessment.status,
    sample: assessment.sample,
    latestText: `${pointText(progress, shown)} – ${series.label}`,
    pendingText:
      judged && latest !== judged ? `${pendingWords(progress, series, judged)}` : undefined,
    milestoneText: milestoneWords(progress, assessment.milestone),
    reason: statusSentence(assessment, series.endedBefore),
  };
}

/** Values after the one judged: estimates or part of a year, shown and said not to be judged. */
function pendingWords(
  progress: MeasureProgress,
  series: UnitSeries,
  judged: UnitSeries['points'][number],
): string {
  const after = series.points.slice(series.points.indexOf(judged) + 1);
  return `${after.map((p) => pointText(progress, p)).join(', ')}: chưa đánh giá`;
}

/**
 * A target set for each unit: the count of units meeting it among those with figures that can be
 * judged. One unit short means the province has not met it ("Chưa đạt"); all of them meeting it
 * says nothing of the units without figures, so the line then "needs units". Without any unit
 * below the province, the line needs units too: a province total cannot say which unit met it.
 */
function perUnitCard(progress: MeasureProgress, provinceId: string): OverviewCard {
  const noun = LEVEL_UNIT_NOUNS[progress.measure.level];
  const inView = unitsInView(progress);
  const judged = inView.filter(isJudged);
  const below = judged.filter((s) => s.unit.level !== 'province');
  const milestoneText = milestoneWords(progress, judged.at(-1)?.assessment.milestone);
  if (below.length === 0) {
    const own =
      inView.find((s) => s.unit.id === provinceId && s.points.length) ??
      inView.find((s) => s.points.length);
    const what = own
      ? `${own.total ? 'số cộng chung của' : 'số riêng của cấp tỉnh,'} ${own.label}`
      : '';
    const status: Status = own ? 'needs-units' : 'no-data';
    const sample = inView.some((s) => s.points.some((p) => p.sample));
    return {
      progress,
      status,
      sample,
      latestText: own ? `${pointText(progress, own.points.at(-1)!)} – ${what}` : 'chưa có số liệu',
      milestoneText,
      reason: statusSentence({
        status,
        sample,
        final: false,
        detail: own
          ? `mốc đặt cho từng ${noun}, mà mới có ${what}.`
          : 'chưa có số liệu nào được công bố.',
      }),
    };
  }
  const met = below.filter((s) => s.assessment.status === 'met').length + ownMet(judged, below);
  const counted = judged.length;
  const periods = [...new Set(judged.map((s) => s.assessment.judged!.period.key))];
  const when =
    periods.length === 1
      ? periodLabel(judged[0]!.assessment.judged!.period)
      : 'số mới nhất của từng đơn vị';
  const endedBefore = judged.every((s) => s.endedBefore) ? judged[0]!.endedBefore : undefined;
  const final = endedBefore ? `, kết quả cuối cùng trước ${endedBefore}` : '';
  const status: Status = judged.some((s) => s.assessment.status === 'not-met')
    ? 'not-met'
    : 'needs-units';
  const latestText = `${met}/${counted} ${noun} có số liệu đạt mốc (${when}${final})`;
  const sample = judged.some((s) => s.assessment.sample);
  return {
    progress,
    status,
    sample,
    latestText,
    milestoneText,
    reason: statusSentence({
      status,
      sample,
      final: false,
      detail:
        status === 'not-met'
          ? `mốc đặt cho từng ${noun}; ${latestText}, nên chưa phải mọi ${noun} đều đạt.`
          : `mốc đặt cho từng ${noun}; ${latestText}, còn các ${noun} khác chưa có số liệu.`,
    }),
    share: { met, judged: counted, noun },
  };
}

/** The province's own association counts among "các cấp Hội" when it was judged. */
const ownMet = (judged: UnitSeries[], below: UnitSeries[]) =>
  judged.filter((s) => !below.includes(s) && s.assessment.status === 'met').length;

/** Whether any card shows sample figures (the overview then carries the sample banner). */
export function hasSampleFigures(cards: readonly OverviewCard[]): boolean {
  return cards.some((card) => card.progress.sample);
}
