import { MODEL_FIELDS, type ModelData } from '../../schemas/model.ts';
import type { PlanData } from '../../schemas/plan.ts';
import { AGE_BANDS, type StoryData } from '../../schemas/story.ts';
import { yearOf } from '../format/date.ts';
import { planLabel } from '../plans.ts';
import { currentProvince, type Units } from '../units.ts';
import type { SearchFacts } from './facts.ts';

/** The search facts of each kind of content page (see facts.ts for what each fact does). */

/** A plan, or one of its tasks/targets (their kind and section label given). */
export function planFacts(
  plan: Pick<PlanData, 'docType' | 'number' | 'issued' | 'issuer'>,
  provinceName: string,
  item?: { kind: string; label: string; number: string },
): SearchFacts {
  const year = yearOf(plan.issued);
  if (!item)
    return {
      kind: plan.docType,
      context: `${plan.issuer}, ${plan.issued}`,
      province: provinceName,
      year,
      numbers: [plan.number],
    };
  return {
    kind: item.kind,
    context: `${planLabel(plan)}, ${item.label} · ${provinceName}`,
    province: provinceName,
    year,
    numbers: [item.number],
  };
}

/** A model: found by today's province, its start year, its field and its recognition decisions. */
export function modelSearchFacts(
  model: Pick<ModelData, 'unit' | 'yearStarted' | 'field' | 'recognition' | 'sample'>,
  place: string,
  units: Units,
): SearchFacts {
  return {
    kind: 'Mô hình',
    context: place,
    province: currentProvince(model.unit, units)?.name,
    year: model.yearStarted,
    field: MODEL_FIELDS[model.field],
    numbers: model.recognition.flatMap((r) => (r.decision ? [r.decision] : [])),
    sample: model.sample,
  };
}

/** A story: found by its year of publication and its age bands. */
export function storySearchFacts(
  story: Pick<StoryData, 'narrator' | 'period' | 'published' | 'ageBands' | 'sample'>,
): SearchFacts {
  return {
    kind: 'Câu chuyện',
    context: `Người kể: ${story.narrator.name} · ${story.period}`,
    year: yearOf(story.published),
    age: story.ageBands.map((band) => AGE_BANDS[band]),
    sample: story.sample,
  };
}
