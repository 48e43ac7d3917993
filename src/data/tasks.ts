import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { listedFrom } from '../lib/linked.ts';
import type { PlanItem } from '../lib/listed-items.ts';
import { memoized } from '../lib/memoized.ts';
import { comparePlanItems } from '../lib/order.ts';
import { keptList } from './kept.ts';

/** Tasks and solutions of the plans (content/nhiem-vu/<plan>/). */

export type Task = CollectionEntry<'tasks'>;

const tasks = keptList(async (planId) =>
  (await getCollection('tasks', (t) => !planId || t.data.plan === planId)).sort((a, b) =>
    comparePlanItems(a.data, b.data),
  ),
);

/** Tasks of one plan, or of all plans, plan by plan in the plan's order. */
export async function getTasks(planId?: string): Promise<Task[]> {
  return tasks(planId);
}

const listedTasks = memoized(async () => listedFrom(await getTasks()));

/** The tasks a record lists (a model's, a story's), in getTasks' order. */
export async function getListedTasks(ids: readonly string[]): Promise<Task[]> {
  return (await listedTasks(undefined))(ids);
}

export async function getTask(id: string): Promise<Task | undefined> {
  return getEntry('tasks', id);
}

/** A task as a row of a list. */
export const taskItem = (task: Task): PlanItem => ({
  kind: 'task',
  id: task.id,
  plan: task.data.plan,
  number: task.data.number,
  numberedInSource: task.data.numberedInSource,
  title: task.data.title,
});
