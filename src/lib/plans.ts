import type { PlanData } from '../schemas/plan.ts';

/** How plans are named to readers. */

/** "Kế hoạch số 03/KH-CCB": how a plan is named in links and lists. */
export function planLabel(plan: Pick<PlanData, 'docType' | 'number'>): string {
  return `${plan.docType} số ${plan.number}`;
}

/** "Kế hoạch số 03/KH-CCB (Lào Cai)": the plan a task or target comes from, in a list of several plans. */
export function planSource(plan: Pick<PlanData, 'docType' | 'number' | 'place'>): string {
  return `${planLabel(plan)} (${plan.place})`;
}
