import { getCollection } from 'astro:content';
import type { ProgressPoint } from '../../schemas/progress.ts';
import { toIsoDate } from '../format/date.ts';
import { getPlans, getTargets, type Target } from '../content.ts';
import { deriveCountSeries, type CountedRecord } from './derive.ts';
import { withinProvince } from './units.ts';
import {
  buildMeasureProgress,
  type MeasureProgress,
  type PlottedPoint,
  type UnitInfo,
} from './series.ts';

/** Progress of every target, read once per build from content/tien-do/ (and the model records). */

const sourceText = (source: ProgressPoint['source']) =>
  typeof source === 'string'
    ? source
    : `${source.document} ngày ${source.date}${source.issuer ? ` của ${source.issuer}` : ''}`;

async function loadUnits(): Promise<Map<string, UnitInfo>> {
  const units = await getCollection('units');
  return new Map(
    units.map((u) => [
      u.id,
      {
        id: u.id,
        name: u.data.name,
        level: u.data.level,
        parent: u.data.parent,
        successors: u.data.successors,
        validFrom: u.data.validFrom && toIsoDate(u.data.validFrom),
        validTo: u.data.validTo && toIsoDate(u.data.validTo),
      },
    ]),
  );
}

const COUNTED_STATUSES: readonly string[] = ['effective', 'recognised', 'replicated'];

/**
 * Whether a record counts toward target 2.8: a model (not an exemplary person or group) that works
 * well or has spread. The one rule for every count of models the site publishes.
 */
export const countsTowardTarget28 = (model: { kind: string; status: string }) =>
  model.kind === 'mo-hinh' && COUNTED_STATUSES.includes(model.status);

/** Records the derived series of target 2.8 counts: the "Dân vận khéo" models (content/mo-hinh/). */
async function loadModelRecords(): Promise<CountedRecord[]> {
  return (await getCollection('models'))
    .filter((m) => countsTowardTarget28(m.data))
    .map((m) => ({ unit: m.data.unit, year: m.data.yearStarted, sample: m.data.sample }));
}

let cache: Promise<Map<string, MeasureProgress[]>> | undefined;

async function loadAll(): Promise<Map<string, MeasureProgress[]>> {
  const [plans, targets, progress, units, models] = await Promise.all([
    getPlans(),
    getTargets(),
    getCollection('progress'),
    loadUnits(),
    loadModelRecords(),
  ]);
  const province = (target: Target) =>
    plans.find((p) => p.id === target.data.plan)?.data.province ?? '';
  const existed = (unit: string, year: number) => {
    const info = units.get(unit);
    return (
      !(info?.validTo && info.validTo < `${year}-12-31`) &&
      !(info?.validFrom && info.validFrom > `${year}-12-31`)
    );
  };
  return new Map(
    targets.map((target) => {
      const data = progress.find((p) => p.id === target.id)?.data;
      const measures = target.data.measures.map((measure) => {
        const declared = data?.series.filter((s) => s.measure === measure.id) ?? [];
        const derived = declared.some((s) => s.derivedFrom === 'models');
        const first = Math.min(...measure.milestones.map((m) => m.from));
        const last = Math.max(...measure.milestones.map((m) => m.to));
        const inputs = derived
          ? deriveCountSeries(
              models.filter((m) => withinProvince(m.unit, province(target), units)),
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
      return [target.id, measures];
    }),
  );
}

export async function getTargetProgress(target: Target): Promise<MeasureProgress[]> {
  cache ??= loadAll();
  return (await cache).get(target.id) ?? [];
}
