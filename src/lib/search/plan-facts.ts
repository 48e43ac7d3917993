import { planLabel, type Plan } from '../content.ts';
import type { SearchFacts } from './facts.ts';

/** Search facts of a plan, or of one of its tasks/targets (their kind and section label given). */
export function planFacts(
  plan: Plan,
  provinceName: string,
  item?: { kind: string; label: string; number: string },
): SearchFacts {
  const year = Number(plan.data.issued.slice(-4));
  if (!item)
    return {
      kind: plan.data.docType,
      context: `${plan.data.issuer}, ${plan.data.issued}`,
      province: provinceName,
      year,
      numbers: [plan.data.number],
    };
  return {
    kind: item.kind,
    context: `${planLabel(plan)}, ${item.label} · ${provinceName}`,
    province: provinceName,
    year,
    numbers: [item.number],
  };
}
