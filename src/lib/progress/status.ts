import type { Measure, Milestone } from '../../schemas/target.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { milestoneFor, thresholdText } from '../targets.ts';
import {
  comparePeriods,
  periodEnd,
  periodEndYear,
  periodLabel,
  termOf,
  type Period,
} from './periods.ts';

/**
 * The published method ("Phương pháp đánh giá"): how a measure's values for one unit become a
 * status. Pure and deterministic: it never looks at today's date, only at the data and at what
 * it is told about the unit (whether it has ended).
 */

export type Status =
  'met' | 'not-met' | 'on-track' | 'off-track' | 'insufficient' | 'no-data' | 'needs-units';

/** One name per status, used alike by summaries, tables, captions and the method page. */
export const STATUS_LABELS: Record<Status, string> = {
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  'on-track': 'Đúng tiến độ',
  'off-track': 'Chậm tiến độ',
  insufficient: 'Chưa đủ số liệu để đánh giá',
  'no-data': 'Chưa có số liệu',
  'needs-units': 'Chưa đánh giá được: cần số liệu từng đơn vị',
};

/** A symbol per status, so status never rests on colour alone. */
export const STATUS_SYMBOLS: Record<Status, string> = {
  met: '✔',
  'not-met': '✖',
  'on-track': '➚',
  'off-track': '➘',
  insufficient: '…',
  'no-data': '—',
  'needs-units': '?',
};

/**
 * What a reader is shown: the rule's status, or "sample" whenever a figure behind it is sample,
 * so an illustration never reads as a verdict (no sample ever shows a target as "Đạt").
 */
export type ShownStatus = Status | 'sample';

export const SHOWN_LABELS: Record<ShownStatus, string> = {
  ...STATUS_LABELS,
  sample: 'Minh họa, không đánh giá',
};

export const SHOWN_SYMBOLS: Record<ShownStatus, string> = { ...STATUS_SYMBOLS, sample: '◇' };

export const shownStatus = (assessment: Pick<Assessment, 'status' | 'sample'>): ShownStatus =>
  assessment.sample ? 'sample' : assessment.status;

export interface ValuePoint {
  period: Period;
  value: number;
  /** An estimate (số ước) is shown but never judged. */
  estimate?: boolean;
  sample?: boolean;
}

/** What the rule needs to know about the unit besides its values. */
export interface AssessContext {
  /** ISO last day of a unit that has ended: its values make a final standing, never projected past it. */
  endedOn?: string;
}

export type AssessedMeasure = Pick<Measure, 'kind' | 'unit' | 'period' | 'milestones'>;

export interface Assessment {
  status: Status;
  /** True when a value judged is sample: the status is then shown as an illustration only. */
  sample: boolean;
  /** The unit has ended: this is its final standing on its last day. */
  final: boolean;
  /** The value judged: the latest judged point, or for per-term aims the term's total so far. */
  judged?: { period: Period; value: number; termLabel?: string };
  /** The milestone the value was judged against. */
  milestone?: Milestone;
  /** For "reach-by" milestones not yet reached: the value projected for the deadline. */
  projected?: number;
  /** Years inside the series with no value at all. */
  missingYears: number[];
  /** Values shown but not judged: estimates, and parts of a year not yet complete. */
  notJudged: Period[];
  /** Why, in plain Vietnamese, without the status name (see statusSentence). */
  detail: string;
}

/** Whether a value satisfies a milestone ("96% trở lên" is met by exactly 96; "trên 75%" is not met by 75). */
export function meets(milestone: Pick<Milestone, 'comparator' | 'value'>, value: number): boolean {
  return milestone.comparator === '>=' ? value >= milestone.value : value > milestone.value;
}

export const formatValue = (measure: Pick<Measure, 'kind'>, value: number) =>
  measure.kind === 'rate' ? formatPercent(value) : formatNumber(value);

/** Years between the first and the last point that have no value (neither the year nor a half). */
export function missingYears(points: readonly Pick<ValuePoint, 'period'>[]): number[] {
  if (points.length === 0) return [];
  const years = new Set(points.map((p) => p.period.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const missing: number[] = [];
  for (let year = first; year <= last; year++) if (!years.has(year)) missing.push(year);
  return missing;
}

/**
 * Whether a value may be judged. Never an estimate. A yearly figure needs the whole year: half a
 * year is shown, not judged, since the year is not over. A per-term figure adds up, so its halves
 * count. The one half that stands for a state at year's end is an ended unit's last one: its state
 * on its last day is its final standing.
 */
export function judgeable(
  measure: Pick<Measure, 'period'>,
  point: Pick<ValuePoint, 'period' | 'estimate'>,
  context: AssessContext = {},
): boolean {
  if (point.estimate) return false;
  if (measure.period === 'term' || point.period.half === 0) return true;
  return measure.period === 'year-end' && periodEnd(point.period) === context.endedOn;
}

/** "năm 2024", "6 tháng đầu năm 2025": a period inside a sentence. */
const inPeriod = (period: Period) =>
  period.half === 0 ? `năm ${period.year}` : periodLabel(period);

/**
 * Status of one measure for one unit. Points must all belong to that unit: a series is never
 * joined across a unit change (the successor is judged on its own values only).
 */
export function assess(
  measure: AssessedMeasure,
  points: readonly ValuePoint[],
  context: AssessContext = {},
): Assessment {
  const sorted = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  const missing = missingYears(sorted);
  const used = sorted.filter((p) => judgeable(measure, p, context));
  const notJudged = sorted.filter((p) => !used.includes(p)).map((p) => p.period);
  const final = context.endedOn !== undefined;
  const notes = [
    missing.length ? `Thiếu số liệu năm ${missing.join(', ')}.` : '',
    notJudgedNote(
      sorted.filter((p) => !used.includes(p)),
      context.endedOn,
    ),
  ]
    .filter(Boolean)
    .join(' ');
  const base = { missingYears: missing, notJudged, final };
  const withNotes = (detail: string) => [detail, notes].filter(Boolean).join(' ');
  const latest = used.at(-1);
  if (sorted.length === 0)
    return {
      ...base,
      status: 'no-data',
      sample: false,
      detail: 'chưa có số liệu nào được công bố cho đơn vị này.',
    };
  if (!latest)
    return {
      ...base,
      status: 'insufficient',
      sample: sorted.some((p) => p.sample),
      detail: withNotes('chưa có số liệu nào dùng để đánh giá được.'),
    };
  const milestone = milestoneFor(measure, latest.period.year);
  if (!milestone)
    return {
      ...base,
      status: 'insufficient',
      sample: Boolean(latest.sample),
      judged: latest,
      detail: withNotes(`không có mốc nào cho năm ${latest.period.year}.`),
    };
  const result =
    measure.period === 'term'
      ? assessTerm(measure, milestone, used, final)
      : milestone.mode === 'reach-by'
        ? assessReachBy(measure, milestone, used, final)
        : assessMaintain(measure, milestone, latest);
  return { ...base, ...result, milestone, detail: withNotes(result.detail) };
}

/**
 * Why values were shown but not judged: "Số ước (năm 2026) chỉ để tham khảo…", "Số 6 tháng đầu
 * năm 2026 chưa dùng…"; for an ended unit, that its last half-year is all there is of that year.
 */
function notJudgedNote(points: readonly ValuePoint[], endedOn: string | undefined): string {
  const estimates = points.filter((p) => p.estimate).map((p) => inPeriod(p.period));
  const partial = points.filter((p) => !p.estimate);
  const atEnd = partial
    .filter((p) => periodEnd(p.period) === endedOn)
    .map((p) => periodLabel(p.period));
  const unfinished = partial
    .filter((p) => periodEnd(p.period) !== endedOn)
    .map((p) => periodLabel(p.period));
  return [
    estimates.length
      ? `Số ước (${estimates.join(', ')}) chỉ để tham khảo, không dùng để đánh giá.`
      : '',
    unfinished.length
      ? `Số ${unfinished.join(', ')} chưa dùng để đánh giá: mốc tính cho cả năm.`
      : '',
    atEnd.length
      ? `Số ${atEnd.join(', ')} chỉ để tham khảo: đơn vị không còn sau kỳ đó, nên năm ấy không có số cả năm để so với mốc.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

type Judgement = Pick<Assessment, 'status' | 'sample' | 'judged' | 'projected' | 'detail'>;

function assessMaintain(
  measure: AssessedMeasure,
  milestone: Milestone,
  latest: ValuePoint,
): Judgement {
  const said = `${inPeriod(latest.period)} là ${formatValue(measure, latest.value)}, mốc là ${thresholdText(measure, milestone)}`;
  return {
    status: meets(milestone, latest.value) ? 'met' : 'not-met',
    sample: Boolean(latest.sample),
    judged: latest,
    detail: `${said}.`,
  };
}

function assessReachBy(
  measure: AssessedMeasure,
  milestone: Milestone,
  used: readonly ValuePoint[],
  final: boolean,
): Judgement {
  const latest = used.at(-1)!;
  const said = `${inPeriod(latest.period)} là ${formatValue(measure, latest.value)}; mốc là ${thresholdText(measure, milestone)}, chậm nhất năm ${milestone.to}`;
  const sample = Boolean(latest.sample);
  if (meets(milestone, latest.value))
    return { status: 'met', sample, judged: latest, detail: `${said}.` };
  const deadline = milestone.to + 1;
  if (periodEndYear(latest.period) >= deadline)
    return {
      status: 'not-met',
      sample,
      judged: latest,
      detail: `${said}; đã hết hạn mà chưa tới mốc.`,
    };
  if (final)
    return {
      status: 'not-met',
      sample,
      judged: latest,
      detail: `${said}; đơn vị không còn trước khi đến hạn, nên đây là kết quả cuối cùng, không ước tính tiếp.`,
    };
  const first = used[0]!;
  if (used.length < 2)
    return {
      status: 'insufficient',
      sample,
      judged: latest,
      detail: `${said}; mới có một số liệu, chưa biết đang tăng hay giảm.`,
    };
  const slope =
    (latest.value - first.value) / (periodEndYear(latest.period) - periodEndYear(first.period));
  const projected =
    Math.round((latest.value + slope * (deadline - periodEndYear(latest.period))) * 10) / 10;
  const capped = measure.kind === 'rate' ? Math.min(100, projected) : projected;
  const trend = `nếu mỗi năm tăng đều như từ ${inPeriod(first.period)} đến ${inPeriod(latest.period)} thì cuối năm ${milestone.to} vào khoảng ${formatValue(measure, capped)}`;
  const both = used.some((p) => p.sample);
  return meets(milestone, capped)
    ? {
        status: 'on-track',
        sample: both,
        judged: latest,
        projected: capped,
        detail: `${said}; ${trend}, tới mốc.`,
      }
    : {
        status: 'off-track',
        sample: both,
        judged: latest,
        projected: capped,
        detail: `${said}; ${trend}, chưa tới mốc.`,
      };
}

/** Per-term aims: yearly values add up within the term; judged against an even path to the term's end. */
function assessTerm(
  measure: AssessedMeasure,
  milestone: Milestone,
  used: readonly ValuePoint[],
  final: boolean,
): Judgement {
  const latest = used.at(-1)!;
  const term = termOf(latest.period.year);
  if (!term)
    return {
      status: 'insufficient',
      sample: Boolean(latest.sample),
      judged: latest,
      detail: `năm ${latest.period.year} không thuộc nhiệm kỳ nào đã biết.`,
    };
  const inTerm = used.filter(
    (p) => p.period.year >= term.firstYear && p.period.year <= term.lastYear,
  );
  const total = inTerm.reduce((sum, p) => sum + p.value, 0);
  const sample = inTerm.some((p) => p.sample);
  const judged = { period: latest.period, value: total, termLabel: term.label };
  const said = `nhiệm kỳ ${term.label}, cộng các số đến hết ${periodLabel(latest.period)} được ${formatValue(measure, total)} ${measure.unit}; mốc là ${thresholdText(measure, milestone)} mỗi nhiệm kỳ`;
  if (meets(milestone, total)) return { status: 'met', sample, judged, detail: `${said}.` };
  const termYears = term.lastYear - term.firstYear + 1;
  const elapsed = Math.min(termYears, periodEndYear(latest.period) - term.firstYear);
  if (elapsed >= termYears)
    return {
      status: 'not-met',
      sample,
      judged,
      detail: `${said}; nhiệm kỳ đã hết mà chưa tới mốc.`,
    };
  if (final)
    return {
      status: 'not-met',
      sample,
      judged,
      detail: `${said}; đơn vị không còn giữa nhiệm kỳ, nên đây là kết quả cuối cùng.`,
    };
  const expected = (milestone.value * elapsed) / termYears;
  const gone = `đã qua ${formatNumber(elapsed)}/${termYears} năm của nhiệm kỳ`;
  return total >= expected
    ? { status: 'on-track', sample, judged, detail: `${said}; ${gone}.` }
    : {
        status: 'off-track',
        sample,
        judged,
        detail: `${said}; ${gone} mà mới được ${formatValue(measure, total)}.`,
      };
}

/**
 * The status said in one sentence, as every page says it: the status's name and why; for sample
 * figures, that this is an illustration and what the rule would give; for an ended unit, that this
 * is its final standing.
 */
export function statusSentence(
  assessment: Pick<Assessment, 'status' | 'sample' | 'final' | 'detail'>,
  endedLabel?: string,
): string {
  const label = STATUS_LABELS[assessment.status];
  const final = assessment.final
    ? `Kết quả cuối cùng${endedLabel ? ` (đơn vị không còn từ ${endedLabel})` : ''}: `
    : '';
  const detail = capitalise(assessment.detail);
  if (assessment.sample)
    return `${SHOWN_LABELS.sample}: số liệu minh họa, theo cách tính của trang cho kết quả “${label.toLocaleLowerCase('vi')}”. ${final}${detail}`;
  return `${final}${label}: ${assessment.detail}`;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
