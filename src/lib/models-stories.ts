import { getCollection, type CollectionEntry } from 'astro:content';
import { toIsoDate } from './format/date.ts';
import type { ModelFacts } from './models/facets.ts';
import { currentProvince, currentUnit, type UnitLike } from './models/units.ts';

/** Content lookups for "Dân vận khéo" models and veterans' stories, sorted the way readers expect. */

export type Model = CollectionEntry<'models'>;
export type Story = CollectionEntry<'stories'>;
export type Unit = CollectionEntry<'units'>;

const newestFirst = (a: { data: { published: string } }, b: { data: { published: string } }) =>
  toIsoDate(b.data.published).localeCompare(toIsoDate(a.data.published));

/** Models, newest start year first, then by name. */
export async function getModels(): Promise<Model[]> {
  const models = await getCollection('models');
  return models.sort(
    (a, b) =>
      b.data.yearStarted - a.data.yearStarted || a.data.name.localeCompare(b.data.name, 'vi'),
  );
}

/** Stories, most recently published first. */
export async function getStories(): Promise<Story[]> {
  return (await getCollection('stories')).sort(newestFirst);
}

/** Units as plain records for the place logic. */
export async function getUnitRecords(): Promise<UnitLike[]> {
  return (await getCollection('units')).map((unit) => ({ ...unit.data, id: unit.id }));
}

/** What the filter pages and counts need to know about a model. */
export function modelFacts(
  model: Model,
  units: readonly UnitLike[],
): ModelFacts & { entry: Model } {
  const today = currentUnit(model.data.unit, units);
  return {
    entry: model,
    id: model.id,
    field: model.data.field,
    unit: model.data.unit,
    yearStarted: model.data.yearStarted,
    status: model.data.status,
    sample: model.data.sample,
    recognitionLevels: model.data.recognition.map((r) => r.level),
    province: currentProvince(model.data.unit, units)?.id,
    commune: today?.level === 'commune' ? today.id : undefined,
  };
}

export const byNewest = newestFirst;
