import type { Measure, Milestone } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import { dayAfter } from '../format/date.ts';
import { LEVEL_UNIT_NOUNS, milestoneFor, perUnit } from '../targets.ts';
import { compareLevels, lastDay, unitLabel, type Units } from '../units.ts';
import {
  comparePeriods,
  parsePeriod,
  periodEnd,
  REORGANISATION_DATE,
  type Period,
} from './periods.ts';
import { assess, judgeable, meets, type Assessment } from './status.ts';

/**
 * Everything shown about one measure (chart, table, caption, downloads, overview) comes from one
 * MeasureProgress, so the picture, the table and the files cannot disagree.
 */

/** A value as plotted: the data's fields, with the source said in words. */
export interface PlottedPoint {
  period: string;
  value: number;
  numerator?: number;
  denominator?: number;
  estimate: boolean;
  sample: boolean;
  /** "Số liệu minh họa", or the report: "45/BC-CCB ngày 20/12/2023". */
  source: string;
}

export interface SeriesInput {
  unit: string;
  points: PlottedPoint[];
}

export interface UnitSeries {
  unit: Unit;
  /** The unit as readers are told it: "(trước 01/07/2025)" after a unit that has ended. */
  label: string;
  /** "01/07/2025" for a unit that ended the day before; its values make a final standing. */
  endedBefore?: string;
  /**
   * A sum over the units a per-unit target is set for (a province's or district's total of a
   * target set for each commune, branch or village): shown, never judged.
   */
  total: boolean;
  points: (PlottedPoint & { parsed: Period })[];
  assessment: Assessment;
}

export interface MeasureProgress {
  measure: Measure;
  /** Values counted from other records (see derive.ts), not typed in. */
  derived: boolean;
  /** Every period any unit has a value for, oldest first. */
  categories: Period[];
  series: UnitSeries[];
  /** The milestone in force for each category. */
  milestones: (Milestone | undefined)[];
  /** Index of the last category before 01/07/2025, when categories lie on both sides. */
  breakAfter: number | null;
  /** True when any value is sample. */
  sample: boolean;
}

export function buildMeasureProgress(
  measure: Measure,
  inputs: readonly SeriesInput[],
  units: Units,
  derived = false,
): MeasureProgress {
  const series = inputs
    .map((input): UnitSeries => {
      const unit: Unit = units.get(input.unit) ?? {
        id: input.unit,
        name: input.unit,
        level: 'commune',
        successors: [],
      };
      const points = input.points
        .map((p) => ({ ...p, parsed: parsePeriod(p.period)! }))
        .sort((a, b) => comparePeriods(a.parsed, b.parsed));
      const total = isTotal(measure, unit);
      const values = points.map((p) => ({
        period: p.parsed,
        value: p.value,
        estimate: p.estimate,
        sample: p.sample,
      }));
      const endedOn = lastDay(unit);
      const assessment = assess(measure, values, { endedOn });
      return {
        unit,
        label: unitLabel(unit),
        endedBefore: unit.validTo ? dayAfter(unit.validTo) : undefined,
        total,
        points,
        assessment: total ? totalAssessment(measure, unit, assessment) : assessment,
      };
    })
    .sort(
      (a, b) =>
        compareLevels(a.unit, b.unit) ||
        firstOrder(a) - firstOrder(b) ||
        a.label.localeCompare(b.label, 'vi'),
    );
  const byKey = new Map<string, Period>();
  for (const s of series) for (const p of s.points) byKey.set(p.period, p.parsed);
  const categories = [...byKey.values()].sort(comparePeriods);
  const before = categories.filter((c) => periodEnd(c) < REORGANISATION_DATE).length;
  return {
    measure,
    derived,
    categories,
    series,
    milestones: categories.map((c) => milestoneFor(measure, c.year)),
    breakAfter: before > 0 && before < categories.length ? before - 1 : null,
    sample: series.some((s) => s.points.some((p) => p.sample)),
  };
}

const LEVEL_DEPTH: Record<Unit['level'], number> = { province: 0, district: 1, commune: 2 };
const MEASURE_DEPTH: Record<Measure['level'], number> = {
  province: 0,
  all: 0,
  commune: 2,
  branch: 3,
  village: 3,
};

/**
 * Whether a unit's figure is a sum over the units a per-unit target is set for: a province's or a
 * district's figure for a target set for each commune, branch or village. For a target set for
 * every level ("các cấp Hội"), each unit's figure is its own association's.
 */
export function isTotal(measure: Pick<Measure, 'level'>, unit: Pick<Unit, 'level'>): boolean {
  return perUnit(measure) && LEVEL_DEPTH[unit.level] < MEASURE_DEPTH[measure.level];
}

/** A total is shown with its values but judged "needs units": it cannot tell which unit met the target. */
function totalAssessment(
  measure: Pick<Measure, 'level'>,
  unit: Unit,
  computed: Assessment,
): Assessment {
  const noun = LEVEL_UNIT_NOUNS[measure.level];
  return {
    ...computed,
    status: 'needs-units',
    projected: undefined,
    detail: `đây là số cộng chung của ${unitLabel(unit)}; chỉ tiêu đặt cho từng ${noun}, nên số cộng chung không cho biết ${noun} nào đạt.`,
  };
}

const firstOrder = (s: UnitSeries) =>
  s.points[0] ? comparePeriods(s.points[0].parsed, { key: '', year: 0, half: 0 }) : Infinity;

/** For one period: how many of the units with a judged value met the milestone in force. */
export interface UnitShare {
  period: Period;
  met: number;
  total: number;
  /** met / total as a percentage, one decimal. */
  rate: number;
}

/**
 * The share of units meeting the milestone, period by period, among the units a per-unit target is
 * set for (totals left out) whose value for that period may be judged. Drawn when units are too
 * many to draw one by one.
 */
export function shareMeeting(progress: MeasureProgress): UnitShare[] {
  return progress.categories.flatMap((period, i) => {
    const milestone = progress.milestones[i];
    const values = progress.series
      .filter((s) => !s.total)
      .flatMap((s) => {
        const point = s.points.find((p) => p.period === period.key);
        const endedOn = lastDay(s.unit);
        return point && judgeable(progress.measure, { ...point, period: point.parsed }, { endedOn })
          ? [point.value]
          : [];
      });
    if (!milestone || values.length === 0) return [];
    const met = values.filter((v) => meets(milestone, v)).length;
    return [
      { period, met, total: values.length, rate: Math.round((1000 * met) / values.length) / 10 },
    ];
  });
}
