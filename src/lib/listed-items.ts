import type { PlanData } from '../schemas/plan.ts';
import { sectionLabel } from './anchors.ts';
import { planSource } from './plans.ts';
import { targetPath, taskPath } from './urls.ts';

/** A row of a list of tasks or targets: number, short title, and the plan it comes from. */
export interface ListedItem {
  href: string;
  /** e.g. "Nhiệm vụ, mục III.1" */
  position: string;
  title: string;
  /** e.g. "Kế hoạch số 03/KH-CCB (Lào Cai)"; omitted when the whole list is one plan's. */
  source?: string;
}

/** What a list needs to know of a task or target (src/data/ makes these from the entries). */
export interface PlanItem {
  kind: 'task' | 'target';
  id: string;
  plan: string;
  number: string;
  /** False where the source prints no number (tasks only; targets are always numbered). */
  numberedInSource: boolean;
  title: string;
}

export interface PlanRef {
  id: string;
  data: Pick<PlanData, 'docType' | 'number' | 'place'>;
}

/** The page of a task or target. */
export const planItemPath = (item: Pick<PlanItem, 'kind' | 'id'>) =>
  item.kind === 'task' ? taskPath(item.id) : targetPath(item.id);

/** A link to a task or target a model or story serves, naming its plan. */
export interface ServedItem {
  href: string;
  /** "Nhiệm vụ mục III.1", "Chỉ tiêu mục II.2.8". */
  position: string;
  title: string;
  /** The plan, as planSource says it; empty when the plan is unknown. */
  source: string;
}

export function servedItems(items: readonly PlanItem[], plans: readonly PlanRef[]): ServedItem[] {
  return items.map((item) => {
    const plan = plans.find((p) => p.id === item.plan);
    return {
      href: planItemPath(item),
      position: `${item.kind === 'task' ? 'Nhiệm vụ' : 'Chỉ tiêu'} ${sectionLabel(item.number, item.numberedInSource)}`,
      title: item.title,
      source: plan ? planSource(plan.data) : '',
    };
  });
}

/** Tasks and targets as list rows, naming their plan unless the list is one plan's. */
export function listedItems(
  items: readonly PlanItem[],
  plans: readonly PlanRef[],
  withSource = true,
): ListedItem[] {
  return items.map((item) => {
    const plan = plans.find((p) => p.id === item.plan);
    return {
      href: planItemPath(item),
      position: `${item.kind === 'task' ? 'Nhiệm vụ' : 'Chỉ tiêu'}, ${sectionLabel(item.number, item.numberedInSource)}`,
      title: item.title,
      source: withSource && plan ? planSource(plan.data) : undefined,
    };
  });
}
