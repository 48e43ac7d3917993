import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_DIR, contentTypes, type ContentTypeName } from '../content-types.ts';
import type { CheckContext, ContentIndex, ContentTypes, CrossCheck } from './entries.ts';
import { withFieldPlaces } from './field-places.ts';
import { fileLayoutProblems } from './file-layout.ts';
import {
  consentBeforePublishing,
  linksExist,
  modelUnitsValid,
  modelYearsBackStatus,
  recognitionBacksStatus,
  samplesBorrowNoAuthority,
  storiesServeTheirProvince,
} from './model-story-checks.ts';
import {
  headerLinesInSource,
  notesFollowTheirWords,
  officialTextIsLiteral,
  officialTextsMatchSource,
} from './official-text-checks.ts';
import { withoutPlaceholderComplaints } from './placeholder-problems.ts';
import {
  bodiesPresent,
  frontmatterNotesQuoteText,
  numbersUnique,
  placeholdersMatch,
  sourceFilesExist,
  targetTextSource,
} from './plan-checks.ts';
import type { Problem } from './problem.ts';
import { progressChecks } from './progress-checks.ts';
import { publishedFiguresPlaced } from './published-checks.ts';
import { readContentType } from './read-content.ts';
import {
  duplicateIds,
  idsLeavePageAddressesFree,
  plansExist,
  themesExist,
  unitsExist,
} from './reference-checks.ts';
import { readSiteSettings } from './site-settings.ts';
import {
  milestoneWordingFromText,
  reorganisationReadingStated,
  targetsCarryPrintedNumbers,
  trackedAimsNotPlaced,
  trackingStartsAtIssue,
} from './target-checks.ts';
import { validateEntries, type Validated } from './validate.ts';

// Zod's own Vietnamese wording for the few issues our schemas do not word themselves.
z.config(z.locales.vi());

/**
 * Every check across entries, in the order their problems are listed. A new check goes in the
 * module of its area (or a new one) and is added here; check modules never import each other.
 */
const crossChecks: CrossCheck[] = [
  duplicateIds,
  idsLeavePageAddressesFree,
  themesExist,
  plansExist,
  unitsExist,
  placeholdersMatch,
  numbersUnique,
  targetTextSource,
  targetsCarryPrintedNumbers,
  milestoneWordingFromText,
  trackingStartsAtIssue,
  trackedAimsNotPlaced,
  reorganisationReadingStated,
  bodiesPresent,
  frontmatterNotesQuoteText,
  officialTextIsLiteral,
  notesFollowTheirWords,
  officialTextsMatchSource,
  headerLinesInSource,
  progressChecks,
  publishedFiguresPlaced,
  linksExist,
  modelUnitsValid,
  recognitionBacksStatus,
  modelYearsBackStatus,
  samplesBorrowNoAuthority,
  consentBeforePublishing,
  storiesServeTheirProvince,
  sourceFilesExist,
];

/**
 * Checks all content under `root/content` (or SITE_CONTENT_DIR): where files are, their syntax,
 * schemas and bodies, the references between them, the site settings. Returns every problem at
 * once; an empty list means the site can be built. `types` is src/content-types.ts; tests pass a
 * variant (e.g. a type read with another pattern).
 */
export function checkContent(root: string, types: ContentTypes = contentTypes): Problem[] {
  const contentDir = resolve(root, CONTENT_DIR);
  const problems: Problem[] = [...fileLayoutProblems(root, contentDir, Object.values(types))];
  const validated = <Name extends ContentTypeName, Schema extends z.ZodType>(
    name: Name,
    type: Validated<Schema>,
  ) => {
    const read = readContentType(root, contentDir, types[name]);
    const result = validateEntries(root, name, type, read.entries);
    problems.push(...read.problems, ...result.problems);
    return result.entries;
  };
  // One line per content type, in the registry's order: each keeps its own schema's data type.
  const index: ContentIndex = {
    plans: validated('plans', types.plans),
    tasks: validated('tasks', types.tasks),
    targets: validated('targets', types.targets),
    progress: validated('progress', types.progress),
    models: validated('models', types.models),
    stories: validated('stories', types.stories),
    themes: validated('themes', types.themes),
    units: validated('units', types.units),
    published: validated('published', types.published),
  };
  const site = readSiteSettings(root, contentDir);
  const context: CheckContext = { contentDir, types, progressAsOf: site.settings?.progressAsOf };
  problems.push(...crossChecks.flatMap((check) => check(index, context)));
  problems.push(...site.problems);
  return withFieldPlaces(withoutPlaceholderComplaints(problems), root, contentDir, types);
}

export { formatReport, type Problem } from './problem.ts';
