import { join } from 'node:path';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import type { Problem } from './problem.ts';
import { readSettings } from './read-content.ts';
import { schemaProblems } from './schema-problems.ts';

/**
 * content/trang-web.yaml (the site's name, footer, address and repository) is read and checked
 * like content, though no collection holds it: the build reads it for the site's address. Its
 * data, when valid, is handed to the checks that need it (the day progress figures are current to).
 */
export function readSiteSettings(
  root: string,
  contentDir: string,
): { problems: Problem[]; settings?: SiteData } {
  const read = readSettings(root, join(contentDir, 'trang-web.yaml'));
  const checked = read.entries.map((entry) => schemaProblems(entry, siteSchema));
  return {
    problems: [...read.problems, ...checked.flatMap((result) => result.problems)],
    settings: checked[0]?.data,
  };
}
