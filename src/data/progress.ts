import { getCollection } from 'astro:content';
import { lastCompleteYear } from '../lib/format/date.ts';
import { overviewCard, type OverviewCard } from '../lib/progress/overview.ts';
import type { MeasureProgress } from '../lib/progress/series.ts';
import { targetProgress } from '../lib/progress/target-progress.ts';
import { getModels } from './models.ts';
import { getPlans } from './plans.ts';
import { siteSettings } from './site.ts';
import { getMeasured, measuredPositionOf, type Target } from './targets.ts';
import { getUnits } from './units.ts';

/** Progress of every target (content/tien-do/, and the model records it counts), read once per build. */

let cache: Promise<Map<string, MeasureProgress[]>> | undefined;

async function loadAll(): Promise<Map<string, MeasureProgress[]>> {
  const [plans, targets, progress, units, models] = await Promise.all([
    getPlans(),
    getMeasured(),
    getCollection('progress'),
    getUnits(),
    getModels(),
  ]);
  const records = models.map((model) => model.data);
  const lastComplete = lastCompleteYear(siteSettings().progressAsOf);
  return new Map(
    targets.map((target) => [
      target.id,
      targetProgress({
        measures: target.data.measures,
        province: plans.find((p) => p.id === target.data.plan)?.data.province ?? '',
        progress: progress.find((p) => p.id === target.id)?.data,
        units,
        models: records,
        lastCompleteYear: lastComplete,
      }),
    ]),
  );
}

export async function getTargetProgress(target: Target): Promise<MeasureProgress[]> {
  cache ??= loadAll();
  return (await cache).get(target.id) ?? [];
}

/** One row of a progress overview: a target or tracked aim, how it is placed, its cards. */
export interface OverviewRow {
  target: Target;
  /** "mục II.2.8", or "Việc theo dõi (ban biên tập đặt ra) từ nhiệm vụ II.1". */
  position: string;
  cards: OverviewCard[];
}

/** The summary cards of the given targets (and tracked aims), judged for the province of each plan. */
export async function getOverview(targets: readonly Target[]): Promise<OverviewRow[]> {
  const plans = await getPlans();
  return Promise.all(
    targets.map(async (target) => {
      const province = plans.find((p) => p.id === target.data.plan)?.data.province ?? '';
      const progress = await getTargetProgress(target);
      return {
        target,
        position: await measuredPositionOf(target),
        cards: progress.map((measure) => overviewCard(measure, province)),
      };
    }),
  );
}

/** The day progress figures are current to, "dd/mm/yyyy", and the last complete year on it. */
export function progressAsOf(): { date: string; lastCompleteYear: number } {
  const date = siteSettings().progressAsOf;
  return { date, lastCompleteYear: lastCompleteYear(date) };
}

/** Targets with a series counted from the model records, and the province of each one's plan. */
export async function getModelCountTargets(): Promise<{ id: string; province: string }[]> {
  const [plans, targets, progress] = await Promise.all([
    getPlans(),
    getMeasured(),
    getCollection('progress'),
  ]);
  return targets
    .filter((target) =>
      progress
        .find((file) => file.id === target.id)
        ?.data.series.some((series) => series.derivedFrom === 'models'),
    )
    .map((target) => ({
      id: target.id,
      province: plans.find((plan) => plan.id === target.data.plan)?.data.province ?? '',
    }));
}
