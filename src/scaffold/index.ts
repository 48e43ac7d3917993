import type { ContentTypeName } from '../content-types.ts';
import { modelScaffold } from './model.ts';
import { planScaffold } from './plan.ts';
import { progressScaffold } from './progress.ts';
import { storyScaffold } from './story.ts';
import { targetScaffold } from './target.ts';
import { taskScaffold } from './task.ts';
import type { Scaffold } from './types.ts';
import { unitScaffold } from './unit.ts';

/**
 * Templates for `npm run new`: one per content type an editor adds, keyed like
 * src/content-types.ts. Every field of a new file is explained in a Vietnamese YAML comment; the
 * fields of a progress point (JSON, no comments) are explained in the terminal instead.
 * Themes are a controlled list kept by the site's maintainers: no template on purpose.
 */
export const scaffolds: { [Name in Exclude<ContentTypeName, 'themes'>]: Scaffold } = {
  plans: planScaffold,
  tasks: taskScaffold,
  targets: targetScaffold,
  progress: progressScaffold,
  models: modelScaffold,
  stories: storyScaffold,
  units: unitScaffold,
};

export type { Answers, ContentReader, Output, Question, Scaffold } from './types.ts';
export { contentReaderAt } from './content-reader.ts';
export { TODO_MARK } from '../lib/placeholders.ts';
