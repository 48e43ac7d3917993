import type { Measure, Milestone } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import { milestoneFor } from '../targets.ts';
import { compareLevels, type Units } from '../units.ts';
import {
  comparePeriods,
  parsePeriod,
  periodEnd,
  REORGANISATION_DATE,
  type Period,
} from './periods.ts';
import { assess, meets, type Assessment } from './status.ts';

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
      return {
        unit,
        points,
        assessment: assess(
          measure,
          points.map((p) => ({ period: p.parsed, value: p.value })),
        ),
      };
    })
    .sort(
      (a, b) =>
        compareLevels(a.unit, b.unit) ||
        firstOrder(a) - firstOrder(b) ||
        a.unit.name.localeCompare(b.unit.name, 'vi'),
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

const firstOrder = (s: UnitSeries) =>
  s.points[0] ? comparePeriods(s.points[0].parsed, { key: '', year: 0, half: 0 }) : Infinity;

/**
 * The unit a reader looks at first: the plan's province as it is today if it has values,
 * else any unit that still exists, else the first one.
 */
export function headlineSeries(
  progress: MeasureProgress,
  provinceId: string,
): UnitSeries | undefined {
  return (
    progress.series.find((s) => s.unit.id === provinceId) ??
    progress.series.find((s) => !s.unit.validTo) ??
    progress.series[0]
  );
}

/** For one period: how many of the units with a value met the milestone in force. */
export interface UnitShare {
  period: Period;
  met: number;
  total: number;
  /** met / total as a percentage, one decimal. */
  rate: number;
}

/** The share of units meeting the milestone, period by period (used when units are too many to draw one by one). */
export function shareMeeting(progress: MeasureProgress): UnitShare[] {
  return progress.categories.flatMap((period, i) => {
    const milestone = progress.milestones[i];
    const values = progress.series
      .map((s) => s.points.find((p) => p.period === period.key)?.value)
      .filter((v): v is number => v !== undefined);
    if (!milestone || values.length === 0) return [];
    const met = values.filter((v) => meets(milestone, v)).length;
    return [
      { period, met, total: values.length, rate: Math.round((1000 * met) / values.length) / 10 },
    ];
  });
}
