import { carriedOutByAll } from '../lib/linked.ts';
import { memoized } from '../lib/memoized.ts';
import { getModels, listedModel, type ListedModel } from './models.ts';
import { getStories, type Story } from './stories.ts';
import { getUnits } from './units.ts';

/** Models carrying out a task or counting toward a target, and stories serving the task. */
export interface CarriedOutBy {
  models: ListedModel[];
  stories: Story[];
}

/** Every task's and target's models and stories, found once per build. */
const links = memoized(async () => {
  const [models, stories] = await Promise.all([getModels(), getStories()]);
  return carriedOutByAll(models, stories);
});

/** On a task or target page: the models carrying it out and the stories serving it. */
export async function getCarriedOutBy(item: {
  id: string;
  kind: 'task' | 'target';
}): Promise<CarriedOutBy> {
  const [linkedTo, units] = await Promise.all([links(undefined), getUnits()]);
  const linked = linkedTo(item);
  return {
    models: linked.models.map((model) => listedModel(model, units)),
    stories: linked.stories,
  };
}
