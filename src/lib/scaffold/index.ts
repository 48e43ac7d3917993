import type { ContentTypeName } from '../../content-types.ts';
import { modelScaffold } from './model.ts';
import { planScaffold } from './plan.ts';
import { storyScaffold } from './story.ts';
import { targetScaffold } from './target.ts';
import { taskScaffold } from './task.ts';
import type { Scaffold } from './types.ts';
import { unitScaffold } from './unit.ts';

/**
 * Templates for `npm run new`: one per content type an editor adds, keyed like
 * src/content-types.ts. Every field of a new file is explained in a Vietnamese YAML comment.
 */
/**
 * Themes are a controlled list kept by the site's maintainers: no template on purpose. Progress
 * figures go into the file every target already has (content/tien-do/), one point at a time.
 */
export const scaffolds: { [Name in Exclude<ContentTypeName, 'themes' | 'progress'>]: Scaffold } = {
  plans: planScaffold,
  tasks: taskScaffold,
  targets: targetScaffold,
  models: modelScaffold,
  stories: storyScaffold,
  units: unitScaffold,
};

export type { Answers, Output, Question, Scaffold } from './types.ts';
export { TODO_MARK } from './yaml-values.ts';
