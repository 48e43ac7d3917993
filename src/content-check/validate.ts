import { dirname } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentTypeName, SchemaHelpers } from '../content-types.ts';
import type { RawEntry, SourceEntry } from './entries.ts';
import { imageStandIn } from './image-stand-in.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';

/** A content type as validation needs it: its schema, ready or built from helpers. */
export interface Validated<Schema extends z.ZodType> {
  schema: Schema | ((helpers: SchemaHelpers) => Schema);
}

/** An entry after validation, typed by the schema that ran on it. */
type Checked<Name extends ContentTypeName, Schema extends z.ZodType> = SourceEntry & {
  type: Name;
  data: z.output<Schema> | undefined;
};

/**
 * Runs a content type's schema on each entry read (with the checker's `image()` stand-in, built
 * for the entry's own folder); entries keep the schema's output as `data`,
 * typed by it, or undefined once refused, so checks read typed data from valid entries only.
 */
export function validateEntries<Name extends ContentTypeName, Schema extends z.ZodType>(
  root: string,
  name: Name,
  type: Validated<Schema>,
  entries: readonly RawEntry[],
): { entries: Checked<Name, Schema>[]; problems: Problem[] } {
  const problems: Problem[] = [];
  // A schema with the image stand-in depends only on the entry's folder: built once per folder
  // (building a schema, and compiling it on its first use, costs far more than running it).
  const schemas = new Map<string, Schema>();
  const schemaFor = (file: string): Schema => {
    if (typeof type.schema !== 'function') return type.schema;
    const folder = dirname(file);
    let schema = schemas.get(folder);
    if (!schema) {
      schema = type.schema({ image: imageStandIn(root, file) });
      schemas.set(folder, schema);
    }
    return schema;
  };
  const checked = entries.map((entry): Checked<Name, Schema> => {
    // An unreadable file was reported already; it stays listed so references to it hold.
    if (entry.data === undefined) return { ...entry, type: name, data: undefined };
    const schema = schemaFor(entry.file);
    const result = schemaProblems(entry, schema);
    problems.push(...result.problems);
    return { ...entry, type: name, data: result.problems.length ? undefined : result.data };
  });
  return { entries: checked, problems };
}
