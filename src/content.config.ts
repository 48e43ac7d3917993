import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { CONTENT_DIR, contentTypes, type ContentType } from './content-types.ts';
import { checkedLoader } from './integrations/content-check-gate.ts';

const contentDir = resolve(CONTENT_DIR);

function collectionFor(type: ContentType) {
  return type.kind === 'documents'
    ? defineCollection({
        loader: checkedLoader(glob({ base: resolve(contentDir, type.dir), pattern: type.pattern })),
        schema: type.schema,
      })
    : defineCollection({
        loader: checkedLoader(file(resolve(contentDir, type.file))),
        schema: type.schema,
      });
}

// Typed per type, so each collection's entries carry their own schema's data type.
export const collections = Object.fromEntries(
  Object.entries(contentTypes).map(([name, type]) => [name, collectionFor(type)]),
) as {
  [Name in keyof typeof contentTypes]: {
    loader: Loader;
    schema: (typeof contentTypes)[Name]['schema'];
  };
};
