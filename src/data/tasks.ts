import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { listedFrom } from '../lib/linked.ts';
import type { PlanItem } from '../lib/listed-items.ts';
import { memoized } from '../lib/memoized.ts';
import { comparePlanItems } from '../lib/order.ts';
import { keptList } from './kept.ts';

/** Tasks and solutions of the plans (content/nhiem-vu/<plan>/). */

export type Task = CollectionEntry<'tasks'>;

const tasks = keptList(async () =>
  (await getCollection('tasks')).sort((a, b) => comparePlanItems(a.data, b.data)),
);
// Cut from the list of all tasks: getCollection resolves every entry of the collection however
// few its filter keeps, once per plan. The order is the same (the sort is stable).
const tasksOfPlan = keptList(async (planId) =>
  (await tasks()).filter((task) => task.data.plan === planId),
);

/** Tasks of one plan, or of all plans, plan by plan in the plan's order. */
export async function getTasks(planId?: string): Promise<Task[]> {
  return planId ? tasksOfPlan(planId) : tasks();
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
