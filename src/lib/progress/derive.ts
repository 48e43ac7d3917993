import { SAMPLE_SOURCE } from '../../schemas/progress.ts';
import type { Unit } from '../../schemas/unit.ts';
import { existedOn, withinProvince, type Units } from '../units.ts';
import type { SeriesInput } from './series.ts';

/**
 * Derived series: values counted from records the site already holds, instead of typed in.
 * Target 2.8 ("mỗi cấp hội cơ sở … ít nhất 01 mô hình “Dân vận khéo” hoạt động có hiệu quả và
 * được nhân rộng") counts models per commune per year from the model records.
 */

export const DERIVED_SOURCE = 'Đếm từ hồ sơ mô hình “Dân vận khéo” trên trang';

/** What the count needs from a model record. */
export interface ModelRecord {
  kind: string;
  unit: string;
  yearEffective?: number;
  yearReplicated?: number;
  sample: boolean;
}

/**
 * The year a record meets target 2.8 as written: a model (not an exemplary person or group) that
 * works effectively *and* has been replicated, counted in the year it had both; undefined when it
 * has not. The one rule for every count of models the site publishes.
 */
export function yearCounted(model: ModelRecord): number | undefined {
  if (model.kind !== 'mo-hinh') return undefined;
  if (model.yearEffective === undefined || model.yearReplicated === undefined) return undefined;
  return Math.max(model.yearEffective, model.yearReplicated);
}

/** The unit a record's place is on 31 December of a year: its own, or the unit that took it over. */
function unitAtEndOf(id: string, year: number, units: Units): string | undefined {
  let unit = units.get(id);
  const seen = new Set<string>();
  while (unit && !existedOn(unit, `${year}-12-31`) && !seen.has(unit.id)) {
    seen.add(unit.id);
    const next = unit.successors[0];
    unit = next ? units.get(next) : undefined;
  }
  return unit?.id;
}

export interface CommuneCountInput {
  records: readonly ModelRecord[];
  units: Units;
  /** The plan's province: every commune of it (as listed in the units) gets a series. */
  province: string;
  /** First year counted (the measure's first milestone) and the last complete year. */
  years: { from: number; to: number };
}

/**
 * One series per commune of the province, every year from `years.from` to the last complete year
 * that the commune existed at the end of: the number of models that met the target that year,
 * 0 when none did (the register is taken as complete). Points are sample when any record of the
 * province is: a register holding made-up records cannot show a real count, even a real 0.
 */
export function deriveCommuneCounts(input: CommuneCountInput): SeriesInput[] {
  const { records, units, province, years } = input;
  const inProvince = records.filter((r) => withinProvince(r.unit, province, units));
  const sample = inProvince.some((r) => r.sample);
  const communes = [...units.values()].filter(
    (unit: Unit) => unit.level === 'commune' && withinProvince(unit.id, province, units),
  );
  return communes
    .map((commune) => {
      const points = [];
      for (let year = years.from; year <= years.to; year++) {
        if (!existedOn(commune, `${year}-12-31`)) continue;
        const value = inProvince.filter(
          (r) => yearCounted(r) === year && unitAtEndOf(r.unit, year, units) === commune.id,
        ).length;
        points.push({
          period: String(year),
          value,
          estimate: false,
          sample,
          source: sample ? SAMPLE_SOURCE : DERIVED_SOURCE,
        });
      }
      return { unit: commune.id, points };
    })
    .filter((series) => series.points.length > 0)
    .sort((a, b) => a.unit.localeCompare(b.unit));
}
