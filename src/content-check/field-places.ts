import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentTypes } from './entries.ts';
import { imageStandIn } from './image-stand-in.ts';
import type { Problem } from './problem.ts';
import { fieldPlace } from './schema-problems.ts';

/** A field path as formatPath writes it ("series[1].points[0].value"), back into its keys. */
export function parsePath(field: string): PropertyKey[] {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((match) =>
    match[1] !== undefined ? Number(match[1]) : match[0],
  );
}

/**
 * Adds to every problem that names a field where that field is, in words ("chuỗi số liệu thứ 2,
 * điểm thứ 1, trường value"), from the schema of the file's content type.
 */
export function withFieldPlaces(
  problems: readonly Problem[],
  root: string,
  contentDir: string,
  types: ContentTypes,
): Problem[] {
  const schemaOf = (file: string): z.ZodType | undefined => {
    for (const type of Object.values(types)) {
      const place = relative(
        root,
        join(contentDir, type.kind === 'documents' ? type.dir : type.file),
      );
      const matches = type.kind === 'documents' ? file.startsWith(`${place}/`) : file === place;
      if (!matches) continue;
      return typeof type.schema === 'function'
        ? type.schema({ image: imageStandIn(root, file) })
        : type.schema;
    }
    return undefined;
  };
  return problems.map((problem) =>
    problem.field
      ? { ...problem, place: fieldPlace(schemaOf(problem.file), parsePath(problem.field)) }
      : problem,
  );
}
