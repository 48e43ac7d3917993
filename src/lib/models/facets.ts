import type { ModelData } from '../../schemas/model.ts';
import { currentProvince, currentUnit, type Units } from '../units.ts';

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

/** What the filter pages and counts need to know about a model; places as they are today. */
export function modelFacts(
  id: string,
  model: Pick<ModelData, 'field' | 'unit' | 'yearStarted' | 'status' | 'sample' | 'recognition'>,
  units: Units,
): ModelFacts {
  const today = currentUnit(model.unit, units);
  return {
    id,
    field: model.field,
    unit: model.unit,
    yearStarted: model.yearStarted,
    status: model.status,
    sample: model.sample,
    recognitionLevels: model.recognition.map((r) => r.level),
    province: currentProvince(model.unit, units)?.id,
    commune: today?.level === 'commune' ? today.id : undefined,
  };
}

export type Facet = 'field' | 'province' | 'commune' | 'year' | 'recognition';

/** Each facet's segment in the address of its filter pages: /mo-hinh/<segment>/<value>/. */
export const FACET_SLUGS: Record<Facet, string> = {
  field: 'linh-vuc',
  province: 'tinh',
  commune: 'xa',
  year: 'nam',
  recognition: 'cong-nhan',
};

/** The value (and address segment) of the recognition facet for models never recognised. */
export const NOT_RECOGNISED = 'chua-cong-nhan';

/** The facet values one model has; a model recognised at two levels is listed under both. */
export function facetValues(model: ModelFacts, facet: Facet): string[] {
  switch (facet) {
    case 'field':
      return [model.field];
    case 'province':
      return model.province ? [model.province] : [];
    case 'commune':
      return model.commune ? [model.commune] : [];
    case 'year':
      return [String(model.yearStarted)];
    case 'recognition':
      return model.recognitionLevels.length
        ? [...new Set(model.recognitionLevels)]
        : [NOT_RECOGNISED];
  }
}

/** Count of models per value of a facet, in the order of `order` (values not in it come last, sorted). */
export function countBy(
  models: readonly ModelFacts[],
  facet: Facet,
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
  facet: Facet,
  value: string,
): M[] {
  return models.filter((model) => facetValues(model, facet).includes(value));
}

/** A table of counts: one row per value of one facet, one column per value of another. */
export interface CountTable {
  /** Column values that occur, in countBy's order. */
  columns: string[];
  /** Every row value asked for, in that order, even with no model. */
  rows: { value: string; counts: number[]; total: number }[];
  columnTotals: number[];
  total: number;
}

/** Models counted by two facets at once, e.g. field by year started. */
export function countTable(
  models: readonly ModelFacts[],
  rows: { facet: Facet; values: readonly string[] },
  columns: { facet: Facet },
): CountTable {
  const columnValues = countBy(models, columns.facet).map(({ value }) => value);
  const count = (row: string | undefined, column: string | undefined) =>
    models.filter(
      (model) =>
        (row === undefined || facetValues(model, rows.facet).includes(row)) &&
        (column === undefined || facetValues(model, columns.facet).includes(column)),
    ).length;
  return {
    columns: columnValues,
    rows: rows.values.map((value) => ({
      value,
      counts: columnValues.map((column) => count(value, column)),
      total: count(value, undefined),
    })),
    columnTotals: columnValues.map((column) => count(undefined, column)),
    total: models.length,
  };
}
