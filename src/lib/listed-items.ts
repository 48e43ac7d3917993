import { sectionLabel } from './anchors.ts';
import type { Plan, Target, Task } from './content.ts';
import { planLabel } from './content.ts';
import { targetPath, taskPath } from './urls.ts';
import type { ListedItem } from '../components/lists/ItemList.astro';

/** Tasks and targets as list rows, naming their plan unless the list is one plan's. */
export function listedItems(
  entries: (Task | Target)[],
  plans: Plan[],
  withSource = true,
): ListedItem[] {
  return entries.map((entry) => {
    const plan = plans.find((p) => p.id === entry.data.plan);
    const numbered = 'numberedInSource' in entry.data ? entry.data.numberedInSource : true;
    const isTask = entry.collection === 'tasks';
    return {
      href: isTask ? taskPath(entry.id) : targetPath(entry.id),
      position: `${isTask ? 'Nhiệm vụ' : 'Chỉ tiêu'}, ${sectionLabel(entry.data.number, numbered)}`,
      title: entry.data.title,
      source: withSource && plan ? `${planLabel(plan)} (${plan.data.place})` : undefined,
    };
  });
}
