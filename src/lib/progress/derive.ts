import { SAMPLE_SOURCE } from '../../schemas/progress.ts';
import type { SeriesInput } from './series.ts';

/**
 * Derived series: values counted from records the site already holds, instead of typed in.
 * Target 2.8 counts "Dân vận khéo" models per commune per year from the model records.
 */

/** What a derived count needs from a record: where and when it started, and whether it is sample. */
export interface CountedRecord {
  unit: string;
  year: number;
  sample: boolean;
}

export const DERIVED_SOURCE = 'Đếm từ hồ sơ mô hình “Dân vận khéo” trên trang';

const COUNTED_STATUSES: readonly string[] = ['effective', 'recognised', 'replicated'];

/**
 * Whether a record counts toward target 2.8: a model (not an exemplary person or group) that works
 * well or has spread. The one rule for every count of models the site publishes.
 */
export const countsTowardTarget28 = (model: { kind: string; status: string }) =>
  model.kind === 'mo-hinh' && COUNTED_STATUSES.includes(model.status);

/** The records target 2.8 counts: each model that counts, at its unit, in the year it started. */
export function target28Records(
  models: readonly {
    kind: string;
    status: string;
    unit: string;
    yearStarted: number;
    sample: boolean;
  }[],
): CountedRecord[] {
  return models
    .filter(countsTowardTarget28)
    .map((model) => ({ unit: model.unit, year: model.yearStarted, sample: model.sample }));
}

/**
 * One series per unit: the number of records per year. Years between a unit's first record and
 * the last year any record names count 0 (a complete register makes "none" a real value), within
 * `years` and within the years the unit existed (`existed`, when given). A point is sample when
 * any record counted in it is sample, or, for a 0, when any record of that unit is.
 */
export function deriveCountSeries(
  records: readonly CountedRecord[],
  years: { from: number; to: number },
  existed: (unit: string, year: number) => boolean = () => true,
): SeriesInput[] {
  const inRange = records.filter((r) => r.year >= years.from && r.year <= years.to);
  if (inRange.length === 0) return [];
  const lastYear = Math.max(...inRange.map((r) => r.year));
  const units = [...new Set(inRange.map((r) => r.unit))].sort();
  return units.map((unit) => {
    const own = inRange.filter((r) => r.unit === unit);
    const anySample = own.some((r) => r.sample);
    const firstYear = Math.min(...own.map((r) => r.year));
    const points = [];
    for (let year = firstYear; year <= lastYear; year++) {
      if (!existed(unit, year)) continue;
      const counted = own.filter((r) => r.year === year);
      const sample = counted.length ? counted.some((r) => r.sample) : anySample;
      points.push({
        period: String(year),
        value: counted.length,
        estimate: false,
        sample,
        source: sample ? SAMPLE_SOURCE : DERIVED_SOURCE,
      });
    }
    return { unit, points };
  });
}
