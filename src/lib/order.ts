import { toIsoDate } from './format/date.ts';
import { compareSectionNumbers } from './section-order.ts';

/** The orders readers expect lists in; src/data/ sorts every collection with these. */

/** Plans: most recently issued first. */
export function compareIssuedNewestFirst(a: { issued: string }, b: { issued: string }): number {
  const key = (issued: string) => issued.split('/').reverse().join('');
  return key(b.issued).localeCompare(key(a.issued));
}

/** Tasks and targets: plan by plan, then as numbered in the plan (II before IV, 2.9 before 2.10). */
export function comparePlanItems(
  a: { plan: string; number: string },
  b: { plan: string; number: string },
): number {
  return a.plan.localeCompare(b.plan) || compareSectionNumbers(a.number, b.number);
}

/** Models: the most recently started first, then by name in Vietnamese alphabetical order. */
export function compareModels(
  a: { yearStarted: number; name: string },
  b: { yearStarted: number; name: string },
): number {
  return b.yearStarted - a.yearStarted || a.name.localeCompare(b.name, 'vi');
}

/** Stories (and feeds): the most recently published first. */
export function comparePublishedNewestFirst(
  a: { published: string },
  b: { published: string },
): number {
  return toIsoDate(b.published).localeCompare(toIsoDate(a.published));
}
