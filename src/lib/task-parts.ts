import type { TaskData } from '../schemas/task.ts';

/** The two parts of a plan tasks belong to, in the plan's order, with their headings. */
export const TASK_PARTS: Record<TaskData['section'], string> = {
  tasks: 'Nhiệm vụ, giải pháp',
  implementation: 'Tổ chức thực hiện',
};

/** Tasks part by part, in the plan's order; parts without tasks are left out. */
export function tasksByPart<T extends { data: Pick<TaskData, 'section'> }>(
  tasks: readonly T[],
): { part: TaskData['section']; heading: string; tasks: T[] }[] {
  return (Object.entries(TASK_PARTS) as [TaskData['section'], string][])
    .map(([part, heading]) => ({
      part,
      heading,
      tasks: tasks.filter((task) => task.data.section === part),
    }))
    .filter((group) => group.tasks.length > 0);
}

/** One row of the list of every task, with the plan and the part it sits under. */
export interface ListedTask<P, T> {
  plan: P;
  part: TaskData['section'];
  /** The part's heading, e.g. "Tổ chức thực hiện". */
  heading: string;
  task: T;
}

/**
 * Every task, plan by plan in the order `plans` come in, part by part in each plan (tasksByPart):
 * the records of the tasks list, which its pages cut wherever PAGE_SIZE falls.
 */
export function listTasks<
  P extends { id: string },
  T extends { data: Pick<TaskData, 'plan' | 'section'> },
>(plans: readonly P[], tasks: readonly T[]): ListedTask<P, T>[] {
  return plans.flatMap((plan) =>
    tasksByPart(tasks.filter((task) => task.data.plan === plan.id)).flatMap(
      ({ part, heading, tasks }) => tasks.map((task) => ({ plan, part, heading, task })),
    ),
  );
}
