import type { Measure, Milestone } from '../../schemas/target.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { milestoneFor, thresholdText } from '../targets.ts';
import { comparePeriods, periodEndYear, periodLabel, termOf, type Period } from './periods.ts';

/**
 * The published method ("Phương pháp đánh giá"): how a measure's values for one unit become a
 * status. Pure and deterministic: it never looks at today's date, only at the data.
 */

export type Status = 'met' | 'on-track' | 'off-track' | 'insufficient' | 'no-data';

export const STATUS_LABELS: Record<Status, string> = {
  met: 'Đạt',
  'on-track': 'Đúng tiến độ',
  'off-track': 'Chậm tiến độ',
  insufficient: 'Chưa đủ số liệu để đánh giá',
  'no-data': 'Chưa có số liệu',
};

/** A symbol per status, so status never rests on colour alone. */
export const STATUS_SYMBOLS: Record<Status, string> = {
  met: '✔',
  'on-track': '➚',
  'off-track': '✖',
  insufficient: '…',
  'no-data': '—',
};

export interface ValuePoint {
  period: Period;
  value: number;
}

export type AssessedMeasure = Pick<Measure, 'kind' | 'unit' | 'period' | 'milestones'>;

export interface Assessment {
  status: Status;
  /** The value judged: the latest point, or for per-term aims the term's total so far. */
  judged?: { period: Period; value: number; termLabel?: string };
  /** The milestone the value was judged against. */
  milestone?: Milestone;
  /** For "reach-by" milestones not yet reached: the value projected for the deadline. */
  projected?: number;
  /** Years inside the series with no value at all. */
  missingYears: number[];
  /** One plain Vietnamese sentence explaining the status. */
  reason: string;
}

/** Whether a value satisfies a milestone ("≥ 96" is met by exactly 96; "> 75" is not met by 75). */
export function meets(milestone: Pick<Milestone, 'comparator' | 'value'>, value: number): boolean {
  return milestone.comparator === '>=' ? value >= milestone.value : value > milestone.value;
}

export const formatValue = (measure: Pick<Measure, 'kind'>, value: number) =>
  measure.kind === 'rate' ? formatPercent(value) : formatNumber(value);

/** Years between the first and the last point that have no value (neither the year nor a half). */
export function missingYears(points: readonly ValuePoint[]): number[] {
  if (points.length === 0) return [];
  const years = new Set(points.map((p) => p.period.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const missing: number[] = [];
  for (let year = first; year <= last; year++) if (!years.has(year)) missing.push(year);
  return missing;
}

/**
 * Status of one measure for one unit. Points must all belong to that unit: a series is never
 * joined across a unit change (the successor is judged on its own values only).
 */
export function assess(measure: AssessedMeasure, points: readonly ValuePoint[]): Assessment {
  const sorted = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  const missing = missingYears(sorted);
  const gapNote = missing.length ? ` Thiếu số liệu năm ${missing.join(', ')}.` : '';
  const latest = sorted.at(-1);
  if (!latest)
    return {
      status: 'no-data',
      missingYears: [],
      reason: 'Chưa có số liệu nào được công bố cho đơn vị này.',
    };
  const milestone = milestoneFor(measure, latest.period.year);
  if (!milestone) {
    return {
      status: 'insufficient',
      judged: latest,
      missingYears: missing,
      reason: `Không có mốc chỉ tiêu cho năm ${latest.period.year}.${gapNote}`,
    };
  }
  const result =
    measure.period === 'term'
      ? assessTerm(measure, milestone, sorted)
      : milestone.mode === 'reach-by'
        ? assessReachBy(measure, milestone, sorted)
        : assessMaintain(measure, milestone, latest);
  return { ...result, milestone, missingYears: missing, reason: result.reason + gapNote };
}

type Judgement = Omit<Assessment, 'milestone' | 'missingYears'>;

function assessMaintain(
  measure: AssessedMeasure,
  milestone: Milestone,
  latest: ValuePoint,
): Judgement {
  const said = `${periodLabel(latest.period)}: ${formatValue(measure, latest.value)}, mốc là ${thresholdText(measure, milestone)}`;
  return meets(milestone, latest.value)
    ? { status: 'met', judged: latest, reason: `Đạt: ${said}.` }
    : { status: 'off-track', judged: latest, reason: `Chậm tiến độ: ${said}, chưa đạt.` };
}

function assessReachBy(
  measure: AssessedMeasure,
  milestone: Milestone,
  sorted: readonly ValuePoint[],
): Judgement {
  const latest = sorted.at(-1)!;
  const said = `${periodLabel(latest.period)}: ${formatValue(measure, latest.value)}; mốc ${thresholdText(measure, milestone)} chậm nhất năm ${milestone.to}`;
  if (meets(milestone, latest.value))
    return { status: 'met', judged: latest, reason: `Đạt: ${said}.` };
  const deadline = milestone.to + 1;
  if (periodEndYear(latest.period) >= deadline)
    return {
      status: 'off-track',
      judged: latest,
      reason: `Chậm tiến độ: ${said}; đã hết hạn mà chưa đạt.`,
    };
  const first = sorted[0]!;
  if (sorted.length < 2) {
    return {
      status: 'insufficient',
      judged: latest,
      reason: `Chưa đủ số liệu: ${said}; cần số liệu ít nhất hai kỳ để ước tính xu hướng.`,
    };
  }
  const slope =
    (latest.value - first.value) / (periodEndYear(latest.period) - periodEndYear(first.period));
  const projected =
    Math.round((latest.value + slope * (deadline - periodEndYear(latest.period))) * 10) / 10;
  const capped = measure.kind === 'rate' ? Math.min(100, projected) : projected;
  const trend = `nếu giữ nhịp tăng như từ ${periodLabel(first.period)} thì đến cuối năm ${milestone.to} đạt khoảng ${formatValue(measure, capped)}`;
  return meets(milestone, capped)
    ? {
        status: 'on-track',
        judged: latest,
        projected: capped,
        reason: `Đúng tiến độ: ${said}; ${trend}.`,
      }
    : {
        status: 'off-track',
        judged: latest,
        projected: capped,
        reason: `Chậm tiến độ: ${said}; ${trend}, chưa tới mốc.`,
      };
}

/** Per-term aims: yearly values add up within the term; judged against a straight path to the term's end. */
function assessTerm(
  measure: AssessedMeasure,
  milestone: Milestone,
  sorted: readonly ValuePoint[],
): Judgement {
  const latest = sorted.at(-1)!;
  const term = termOf(latest.period.year);
  if (!term)
    return {
      status: 'insufficient',
      judged: latest,
      reason: `Năm ${latest.period.year} không thuộc nhiệm kỳ nào đã biết.`,
    };
  const total = sorted
    .filter((p) => p.period.year >= term.firstYear && p.period.year <= term.lastYear)
    .reduce((sum, p) => sum + p.value, 0);
  const judged = { period: latest.period, value: total, termLabel: term.label };
  const said = `nhiệm kỳ ${term.label}, tính đến ${periodLabel(latest.period)}: ${formatValue(measure, total)} ${measure.unit}; mốc là ${thresholdText(measure, milestone)} mỗi nhiệm kỳ`;
  if (meets(milestone, total)) return { status: 'met', judged, reason: `Đạt: ${said}.` };
  const termYears = term.lastYear - term.firstYear + 1;
  const elapsed = Math.min(termYears, periodEndYear(latest.period) - term.firstYear);
  if (elapsed >= termYears)
    return {
      status: 'off-track',
      judged,
      reason: `Chậm tiến độ: ${said}; nhiệm kỳ đã hết mà chưa đạt.`,
    };
  const expected = (milestone.value * elapsed) / termYears;
  return total >= expected
    ? {
        status: 'on-track',
        judged,
        reason: `Đúng tiến độ: ${said}; đã qua ${elapsed}/${termYears} năm của nhiệm kỳ.`,
      }
    : {
        status: 'off-track',
        judged,
        reason: `Chậm tiến độ: ${said}; đã qua ${elapsed}/${termYears} năm của nhiệm kỳ mà mới đạt ${formatValue(measure, total)}.`,
      };
}
