import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_DIR, contentTypes, type ContentTypeName } from '../../content-types.ts';
import { bodyProblems } from './body-problems.ts';
import { fileLayoutProblems } from './file-layout.ts';
import { imageStandIn } from './image-stand-in.ts';
import {
  crossChecks,
  validEntries,
  type CheckedEntry,
  type ContentIndex,
} from './cross-references.ts';
import type { Problem } from './problem.ts';
import { readContentType, readSettings } from './read-content.ts';
import { siteSchema } from '../../schemas/site.ts';
import { schemaProblems } from './schema-problems.ts';
import { TODO_MARK } from '../scaffold/yaml-values.ts';

// Zod's own Vietnamese wording for the few issues our schemas do not word themselves.
z.config(z.locales.vi());

/**
 * Checks all content under `root/content`: syntax, schemas, bodies, cross-references, NFC.
 * Returns every problem at once; an empty list means the site can be built.
 */
export function checkContent(root: string): Problem[] {
  const contentDir = resolve(root, CONTENT_DIR);
  const problems: Problem[] = [];
  const index = {} as ContentIndex;
  problems.push(...fileLayoutProblems(root, contentDir, Object.values(contentTypes)));
  for (const [name, type] of Object.entries(contentTypes) as [
    ContentTypeName,
    (typeof contentTypes)[ContentTypeName],
  ][]) {
    const read = readContentType(root, contentDir, type);
    problems.push(...read.problems);
    index[name] = read.entries.map((entry): CheckedEntry => {
      // An unreadable file was reported already; it stays listed so references to it hold.
      if (entry.data === undefined) return { ...entry, valid: undefined };
      const schema =
        typeof type.schema === 'function'
          ? type.schema({ image: imageStandIn(root, entry.file) })
          : type.schema;
      const result = schemaProblems(entry, schema);
      problems.push(...result.problems);
      if (type.kind === 'documents') problems.push(...bodyProblems(entry, type.components));
      return {
        ...entry,
        valid: result.problems.length ? undefined : (result.data as Record<string, unknown>),
      };
    });
  }
  problems.push(...crossChecks.flatMap((check) => check(index)));
  problems.push(...sourceFilesExist(index, contentDir));
  problems.push(...siteSettingsProblems(root, contentDir));
  return withoutPlaceholderComplaints(problems);
}

/**
 * A "VIỆC CẦN LÀM" placeholder left in a value (e.g. where a progress figure's number goes) also
 * fails that field's schema; the placeholder's own message says what to do, so it is reported once.
 */
function withoutPlaceholderComplaints(problems: Problem[]): Problem[] {
  const placeholders = new Set(
    problems.filter((p) => p.message.includes(TODO_MARK)).map((p) => `${p.file}:${p.line}`),
  );
  return problems.filter((p) => !p.field || !placeholders.has(`${p.file}:${p.line}`));
}

/** content/trang-web.yaml: the site's name, footer, address and repository. */
function siteSettingsProblems(root: string, contentDir: string): Problem[] {
  const read = readSettings(root, join(contentDir, 'trang-web.yaml'));
  return [
    ...read.problems,
    ...read.entries.flatMap((entry) => schemaProblems(entry, siteSchema).problems),
  ];
}

function sourceFilesExist(index: ContentIndex, contentDir: string): Problem[] {
  return validEntries(index.plans).flatMap((plan) => {
    const source = (plan.valid as { source: { file: string } }).source;
    return existsSync(join(contentDir, contentTypes.plans.dir, source.file))
      ? []
      : [
          {
            file: plan.file,
            line: plan.lineOf(['source', 'file']),
            field: 'source.file',
            message: `không tìm thấy tệp văn bản gốc "${source.file}"`,
            fix: 'đặt tệp văn bản gốc vào content/ke-hoach/nguon/ và ghi đúng đường dẫn.',
          },
        ];
  });
}

export { formatReport, type Problem } from './problem.ts';
