import type { ProgressData, ProgressPoint } from '../../schemas/progress.ts';
import type { Measure } from '../../schemas/target.ts';
import { existedOn, withinProvince, type Units } from '../units.ts';
import { deriveCountSeries, type CountedRecord } from './derive.ts';
import { buildMeasureProgress, type MeasureProgress, type PlottedPoint } from './series.ts';

/**
 * The progress of one target, measure by measure: typed-in series from its progress file, or, for
 * a series marked `derivedFrom: models`, the counts of the records within the plan's province.
 */

/** A point's source in words: "45/BC-CCB ngày 20/12/2023 của Hội CCB tỉnh", or the text given. */
export const sourceText = (source: ProgressPoint['source']) =>
  typeof source === 'string'
    ? source
    : `${source.document} ngày ${source.date}${source.issuer ? ` của ${source.issuer}` : ''}`;

export interface TargetProgressInput {
  measures: readonly Measure[];
  /** The province of the target's plan: derived counts take only records within it. */
  province: string;
  /** The target's progress file, if it has one. */
  progress: ProgressData | undefined;
  units: Units;
  /** What derived series count (the models counting toward target 2.8). */
  counted: readonly CountedRecord[];
}

export function targetProgress(input: TargetProgressInput): MeasureProgress[] {
  const { measures, province, progress, units, counted } = input;
  // A count belongs to a unit only for the years it existed (at the end of each year).
  const existed = (unit: string, year: number) => {
    const recorded = units.get(unit);
    return !recorded || existedOn(recorded, `${year}-12-31`);
  };
  return measures.map((measure) => {
    const declared = progress?.series.filter((s) => s.measure === measure.id) ?? [];
    const derived = declared.some((s) => s.derivedFrom === 'models');
    const first = Math.min(...measure.milestones.map((m) => m.from));
    const last = Math.max(...measure.milestones.map((m) => m.to));
    const inputs = derived
      ? deriveCountSeries(
          counted.filter((record) => withinProvince(record.unit, province, units)),
          { from: first, to: last },
          existed,
        )
      : declared.map((s) => ({
          unit: s.unit!,
          points: (s.points ?? []).map((p): PlottedPoint => ({
            ...p,
            source: sourceText(p.source),
          })),
        }));
    return buildMeasureProgress(measure, inputs, units, derived);
  });
}
