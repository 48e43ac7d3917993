import { getCollection, type CollectionEntry } from 'astro:content';
import { compareSectionNumbers } from './section-order.ts';

/** Content lookups shared by pages, each sorted the way readers expect. */

export type Plan = CollectionEntry<'plans'>;
export type Task = CollectionEntry<'tasks'>;
export type Target = CollectionEntry<'targets'>;
export type Theme = CollectionEntry<'themes'>;

const byNumber = <T extends { data: { number: string } }>(a: T, b: T) =>
  compareSectionNumbers(a.data.number, b.data.number);

/** Plans, newest first. */
export async function getPlans(): Promise<Plan[]> {
  const plans = await getCollection('plans');
  const key = (p: Plan) => p.data.issued.split('/').reverse().join('');
  return plans.sort((a, b) => key(b).localeCompare(key(a)));
}

export async function getTasks(planId?: string): Promise<Task[]> {
  const tasks = await getCollection('tasks', (t) => !planId || t.data.plan === planId);
  return tasks.sort((a, b) => a.data.plan.localeCompare(b.data.plan) || byNumber(a, b));
}

export async function getTargets(planId?: string): Promise<Target[]> {
  const targets = await getCollection('targets', (t) => !planId || t.data.plan === planId);
  return targets.sort((a, b) => a.data.plan.localeCompare(b.data.plan) || byNumber(a, b));
}

export async function getThemes(): Promise<Theme[]> {
  return getCollection('themes');
}

export async function unitName(id: string): Promise<string> {
  const units = await getCollection('units');
  return units.find((u) => u.id === id)?.data.name ?? id;
}

/** "Kế hoạch số 03/KH-CCB" — how a plan is named in links and lists. */
export function planLabel(plan: Plan): string {
  return `${plan.data.docType} số ${plan.data.number}`;
}
