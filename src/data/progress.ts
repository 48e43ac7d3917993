import { getCollection } from 'astro:content';
import { target28Records } from '../lib/progress/derive.ts';
import { overviewCard, type OverviewCard } from '../lib/progress/overview.ts';
import type { MeasureProgress } from '../lib/progress/series.ts';
import { targetProgress } from '../lib/progress/target-progress.ts';
import { getModels } from './models.ts';
import { getPlans } from './plans.ts';
import { getTargets, type Target } from './targets.ts';
import { getUnits } from './units.ts';

/** Progress of every target (content/tien-do/, and the model records it counts), read once per build. */

let cache: Promise<Map<string, MeasureProgress[]>> | undefined;

async function loadAll(): Promise<Map<string, MeasureProgress[]>> {
  const [plans, targets, progress, units, models] = await Promise.all([
    getPlans(),
    getTargets(),
    getCollection('progress'),
    getUnits(),
    getModels(),
  ]);
  const counted = target28Records(models.map((model) => model.data));
  return new Map(
    targets.map((target) => [
      target.id,
      targetProgress({
        measures: target.data.measures,
        province: plans.find((p) => p.id === target.data.plan)?.data.province ?? '',
        progress: progress.find((p) => p.id === target.id)?.data,
        units,
        counted,
      }),
    ]),
  );
}

export async function getTargetProgress(target: Target): Promise<MeasureProgress[]> {
  cache ??= loadAll();
  return (await cache).get(target.id) ?? [];
}

/** The summary cards of the given targets, judged for the province of each target's plan. */
export async function getOverview(
  targets: readonly Target[],
): Promise<{ target: Target; cards: OverviewCard[] }[]> {
  const plans = await getPlans();
  return Promise.all(
    targets.map(async (target) => {
      const province = plans.find((p) => p.id === target.data.plan)?.data.province ?? '';
      const progress = await getTargetProgress(target);
      return { target, cards: progress.map((measure) => overviewCard(measure, province)) };
    }),
  );
}
