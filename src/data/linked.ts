import { carriedOutBy } from '../lib/linked.ts';
import { getModels, listedModel, type ListedModel } from './models.ts';
import { getStories, type Story } from './stories.ts';
import { getUnits } from './units.ts';

/** On a task or target page: the models carrying it out and the stories serving it. */
export async function getCarriedOutBy(item: {
  id: string;
  kind: 'task' | 'target';
}): Promise<{ models: ListedModel[]; stories: Story[] }> {
  const [models, stories, units] = await Promise.all([getModels(), getStories(), getUnits()]);
  const linked = carriedOutBy(item, models, stories);
  return {
    models: linked.models.map((model) => listedModel(model, units)),
    stories: linked.stories,
  };
}
