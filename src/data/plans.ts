import { getCollection, type CollectionEntry } from 'astro:content';
import { compareIssuedNewestFirst } from '../lib/order.ts';

/** Plans (content/ke-hoach/). */

export type Plan = CollectionEntry<'plans'>;

/** Plans, most recently issued first. */
export async function getPlans(): Promise<Plan[]> {
  return (await getCollection('plans')).sort((a, b) => compareIssuedNewestFirst(a.data, b.data));
}
