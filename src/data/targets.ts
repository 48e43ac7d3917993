import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PlanItem } from '../lib/listed-items.ts';
import { comparePlanItems } from '../lib/order.ts';

/** Targets of the plans (content/chi-tieu/<plan>/). */

export type Target = CollectionEntry<'targets'>;

/** Targets of one plan, or of all plans, plan by plan in the plan's order. */
export async function getTargets(planId?: string): Promise<Target[]> {
  const targets = await getCollection('targets', (t) => !planId || t.data.plan === planId);
  return targets.sort((a, b) => comparePlanItems(a.data, b.data));
}

export async function getTarget(id: string): Promise<Target | undefined> {
  return getEntry('targets', id);
}

/** A target as a row of a list (targets are always numbered in the source). */
export const targetItem = (target: Target): PlanItem => ({
  kind: 'target',
  id: target.id,
  plan: target.data.plan,
  number: target.data.number,
  numberedInSource: true,
  title: target.data.title,
});
