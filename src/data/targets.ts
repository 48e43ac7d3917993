import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { listedFrom } from '../lib/linked.ts';
import type { PlanItem } from '../lib/listed-items.ts';
import { memoized } from '../lib/memoized.ts';
import { comparePlanItems } from '../lib/order.ts';
import { measuredPosition } from '../lib/tracked.ts';
import { keptList } from './kept.ts';
import { getTask } from './tasks.ts';

/**
 * Entries of content/chi-tieu/<plan>/: the targets the plans state, and the aims the editors track
 * (kind "tracked"), which are never listed or counted with the plans' targets.
 */

export type Target = CollectionEntry<'targets'>;

const byNumber = (a: Target, b: Target) =>
  comparePlanItems(
    { ...a.data, number: a.data.number ?? '' },
    { ...b.data, number: b.data.number ?? '' },
  );

const targets = keptList(async () =>
  (await getCollection('targets', (t) => t.data.kind === 'target')).sort(byNumber),
);

const trackedAims = keptList(async () =>
  (await getCollection('targets', (t) => t.data.kind === 'tracked')).sort((a, b) =>
    a.id.localeCompare(b.id),
  ),
);

// A plan's lists are cut from the lists of all plans: getCollection resolves every entry of the
// collection however few its filter keeps, once per plan. The order is the same (the sorts are stable).
const targetsOfPlan = keptList(async (planId) =>
  (await targets()).filter((target) => target.data.plan === planId),
);
const trackedAimsOfPlan = keptList(async (planId) =>
  (await trackedAims()).filter((aim) => aim.data.plan === planId),
);

/** The targets a plan states (or all plans'), plan by plan in the plan's order. */
export async function getTargets(planId?: string): Promise<Target[]> {
  return planId ? targetsOfPlan(planId) : targets();
}

const listedTargets = memoized(async () => listedFrom(await getTargets()));

/** The targets a record lists (a model's), in getTargets' order; tracked aims are never listed. */
export async function getListedTargets(ids: readonly string[]): Promise<Target[]> {
  return (await listedTargets(undefined))(ids);
}

/** The aims the editors track from a plan's tasks (or all plans'). */
export async function getTrackedAims(planId?: string): Promise<Target[]> {
  return planId ? trackedAimsOfPlan(planId) : trackedAims();
}

/** Everything with progress figures: a plan's targets, then the aims the editors track from it. */
export async function getMeasured(planId?: string): Promise<Target[]> {
  const [targets, aims] = await Promise.all([getTargets(planId), getTrackedAims(planId)]);
  return [...targets, ...aims];
}

export async function getTarget(id: string): Promise<Target | undefined> {
  return getEntry('targets', id);
}

/** The number of the task a tracked aim comes from; undefined for a target. */
export async function sourceTaskNumber(entry: Target): Promise<string | undefined> {
  return entry.data.textFrom ? (await getTask(entry.data.textFrom))?.data.number : undefined;
}

/** How an entry is placed for readers on a summary card: "mục II.2.8", "Việc theo dõi … từ nhiệm vụ II.1". */
export async function measuredPositionOf(entry: Target): Promise<string> {
  return measuredPosition(entry.data, await sourceTaskNumber(entry));
}

/** A target, or a tracked aim (placed by its task's number), as a row of a list. */
export async function measuredItem(entry: Target): Promise<PlanItem> {
  return entry.data.kind === 'tracked'
    ? {
        kind: 'tracked',
        id: entry.id,
        plan: entry.data.plan,
        number: (await sourceTaskNumber(entry)) ?? '',
        numberedInSource: true,
        title: entry.data.title,
      }
    : targetItem(entry);
}

/** A target as a row of a list (targets are always numbered in the source). */
export const targetItem = (target: Target): PlanItem => ({
  kind: 'target',
  id: target.id,
  plan: target.data.plan,
  number: target.data.number ?? '',
  numberedInSource: true,
  title: target.data.title,
});
