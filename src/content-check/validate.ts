import type { z } from 'astro/zod';
import type { ContentTypeName, SchemaHelpers } from '../content-types.ts';
import { bodyProblems } from './body-problems.ts';
import type { RawEntry, SourceEntry } from './entries.ts';
import { imageStandIn } from './image-stand-in.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';

/** A content type as validation needs it: its schema (ready or built from helpers) and, for MDX, its components. */
export interface Validated<Schema extends z.ZodType> {
  kind: 'documents' | 'list';
  schema: Schema | ((helpers: SchemaHelpers) => Schema);
  components?: readonly string[];
}

/** An entry after validation, typed by the schema that ran on it. */
type Checked<Name extends ContentTypeName, Schema extends z.ZodType> = SourceEntry & {
  type: Name;
  data: z.output<Schema> | undefined;
};

/**
 * Runs a content type's schema on each entry read (with the checker's `image()` stand-in, built
 * for the entry's own folder) and checks MDX bodies; entries keep the schema's output as `data`,
 * typed by it, or undefined once refused, so checks read typed data from valid entries only.
 */
export function validateEntries<Name extends ContentTypeName, Schema extends z.ZodType>(
  root: string,
  name: Name,
  type: Validated<Schema>,
  entries: readonly RawEntry[],
): { entries: Checked<Name, Schema>[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const checked = entries.map((entry): Checked<Name, Schema> => {
    // An unreadable file was reported already; it stays listed so references to it hold.
    if (entry.data === undefined) return { ...entry, type: name, data: undefined };
    const schema =
      typeof type.schema === 'function'
        ? type.schema({ image: imageStandIn(root, entry.file) })
        : type.schema;
    const result = schemaProblems(entry, schema);
    problems.push(...result.problems);
    if (type.kind === 'documents') problems.push(...bodyProblems(entry, type.components ?? []));
    return { ...entry, type: name, data: result.problems.length ? undefined : result.data };
  });
  return { entries: checked, problems };
}
