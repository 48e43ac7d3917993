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
