/**
 * Ways to narrow the list of models without JavaScript: each facet value is a pre-rendered page.
 * Counting lives here so list pages, filter pages and the progress data agree.
 */

export interface ModelFacts {
  id: string;
  field: string;
  unit: string;
  yearStarted: number;
  status: string;
  sample: boolean;
  /** Levels of the recognitions received. */
  recognitionLevels: string[];
  /** Today's province and commune ids (after following successors). */
  province?: string;
  commune?: string;
}

export type FacetName = 'linh-vuc' | 'tinh' | 'xa' | 'nam' | 'cong-nhan';

/** The facet values one model has; a model recognised at two levels is listed under both. */
export function facetValues(model: ModelFacts, facet: FacetName): string[] {
  switch (facet) {
    case 'linh-vuc':
      return [model.field];
    case 'tinh':
      return model.province ? [model.province] : [];
    case 'xa':
      return model.commune ? [model.commune] : [];
    case 'nam':
      return [String(model.yearStarted)];
    case 'cong-nhan':
      return model.recognitionLevels.length
        ? [...new Set(model.recognitionLevels)]
        : ['chua-cong-nhan'];
  }
}

/** Count of models per value of a facet, in the order of `order` (values not in it come last, sorted). */
export function countBy(
  models: readonly ModelFacts[],
  facet: FacetName,
  order: readonly string[] = [],
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const model of models)
    for (const value of facetValues(model, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'vi'));
}

export function withFacet<M extends ModelFacts>(
  models: readonly M[],
  facet: FacetName,
  value: string,
): M[] {
  return models.filter((model) => facetValues(model, facet).includes(value));
}
