import type { ProgressData, ProgressPoint } from '../../schemas/progress.ts';
import type { Measure } from '../../schemas/target.ts';
import type { Units } from '../units.ts';
import { deriveCommuneCounts, type ModelRecord } from './derive.ts';
import { buildMeasureProgress, type MeasureProgress, type PlottedPoint } from './series.ts';

/**
 * The progress of one target, measure by measure: typed-in series from its progress file, or, for
 * a series marked `derivedFrom: models`, the counts per commune of the plan's province.
 */

/** A point's source in words: "0000/BC-VIDU ngày 20/12/2023 của Hội CCB tỉnh", or the text given. */
export const sourceText = (source: ProgressPoint['source']) =>
  typeof source === 'string'
    ? source
    : `${source.document} ngày ${source.date}${source.issuer ? ` của ${source.issuer}` : ''}`;

export interface TargetProgressInput {
  measures: readonly Measure[];
  /** The province of the target's plan: derived counts are made for its communes. */
  province: string;
  /** The target's progress file, if it has one. */
  progress: ProgressData | undefined;
  units: Units;
  /** The model records derived series count. */
  models: readonly ModelRecord[];
  /** The last year complete on the day the figures are current to: counts run up to it. */
  lastCompleteYear: number;
}

export function targetProgress(input: TargetProgressInput): MeasureProgress[] {
  const { measures, province, progress, units, models, lastCompleteYear } = input;
  return measures.map((measure) => {
    const declared = progress?.series.filter((s) => s.measure === measure.id) ?? [];
    const derived = declared.some((s) => s.derivedFrom === 'models');
    const first = Math.min(...measure.milestones.map((m) => m.from));
    const last = Math.min(lastCompleteYear, Math.max(...measure.milestones.map((m) => m.to)));
    const inputs = derived
      ? deriveCommuneCounts({ records: models, units, province, years: { from: first, to: last } })
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
