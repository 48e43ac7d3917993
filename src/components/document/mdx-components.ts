import Clause from './Clause.astro';
import EditorNote from './EditorNote.astro';
import SectionHeading from './SectionHeading.astro';
import Target from './Target.astro';
import Task from './Task.astro';

/** The components editors may use in a plan's MDX body (see src/content-types.ts). */
export const planBodyComponents = { Heading: SectionHeading, Clause, Task, Target, EditorNote };
