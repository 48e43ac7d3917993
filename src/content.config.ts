import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_DIR, contentTypes, type ContentType } from './content-types.ts';

function collectionFor<Schema extends z.ZodType>(type: ContentType, schema: Schema) {
  return type.kind === 'documents'
    ? defineCollection({ loader: glob({ base: `./${CONTENT_DIR}/${type.dir}`, pattern: type.pattern }), schema })
    : defineCollection({ loader: file(`./${CONTENT_DIR}/${type.file}`), schema });
}

type Types = typeof contentTypes;
/** Each collection typed with its own schema, so every entry's `data` has the right type. */
type Collections = { [Name in keyof Types]: Types[Name]['schema'] extends infer Schema extends z.ZodType ? ReturnType<typeof collectionFor<Schema>> : never };

export const collections = Object.fromEntries(
  Object.entries(contentTypes).map(([name, type]) => [name, collectionFor(type, type.schema)]),
) as Collections;
