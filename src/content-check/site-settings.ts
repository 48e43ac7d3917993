import { join } from 'node:path';
import { siteSchema } from '../schemas/site.ts';
import type { Problem } from './problem.ts';
import { readSettings } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';

/**
 * content/trang-web.yaml (the site's name, footer, address and repository) is read and checked
 * like content, though no collection holds it: the build reads it for the site's address.
 */
export function siteSettingsProblems(root: string, contentDir: string): Problem[] {
  const read = readSettings(root, join(contentDir, 'trang-web.yaml'));
  return [
    ...read.problems,
    ...read.entries.flatMap((entry) => schemaProblems(entry, siteSchema).problems),
  ];
}
