import { getCollection, type CollectionEntry } from 'astro:content';
import { compareIssuedNewestFirst } from '../lib/order.ts';
import { keptList } from './kept.ts';

/** Plans (content/ke-hoach/). */

export type Plan = CollectionEntry<'plans'>;

const plans = keptList(async () =>
  (await getCollection('plans')).sort((a, b) => compareIssuedNewestFirst(a.data, b.data)),
);

/** Plans, most recently issued first. */
export async function getPlans(): Promise<Plan[]> {
  return plans();
}
