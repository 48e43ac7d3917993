import { getCollection, type CollectionEntry } from 'astro:content';
import { modelFacts, type ModelFacts } from '../lib/models/facets.ts';
import { compareModels, comparePublishedNewestFirst } from '../lib/order.ts';
import { placeLabel, type Units } from '../lib/units.ts';
import { keptList } from './kept.ts';

/** "Dân vận khéo" models (content/mo-hinh/). */

export type Model = CollectionEntry<'models'>;

const models = keptList(async () =>
  (await getCollection('models')).sort((a, b) => compareModels(a.data, b.data)),
);

/** Models, the most recently started first, then by name. */
export async function getModels(): Promise<Model[]> {
  return models();
}

/** Models, the most recently published first (the news feed); same day, in getModels' order. */
export async function getModelsByPublication(): Promise<Model[]> {
  return (await getModels()).sort((a, b) => comparePublishedNewestFirst(a.data, b.data));
}

/** A model as lists show it: the facts the filters count, its entry, and its place in words. */
export interface ListedModel extends ModelFacts {
  entry: Model;
  place: string;
}

export const listedModel = (model: Model, units: Units): ListedModel => ({
  ...modelFacts(model.id, model.data, units),
  entry: model,
  place: placeLabel(model.data.unit, units),
});

/** Every model, listed (see ListedModel), in getModels' order. */
export async function getListedModels(units: Units): Promise<ListedModel[]> {
  return (await getModels()).map((model) => listedModel(model, units));
}
