import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentTypes } from '../../../../src/content-types.ts';

// Every MDX document type of the site (not data such as progress JSON), read as-is: no schema, no checks.
const contentDir = process.env.SITE_CONTENT_DIR ?? 'content';
const documentTypes = Object.entries(contentTypes).flatMap(([name, type]) =>
  type.kind === 'documents' && type.pattern.endsWith('.mdx') ? [[name, type] as const] : [],
);

export const collections = Object.fromEntries(
  documentTypes.map(([name, type]) => [
    name,
    defineCollection({
      loader: glob({ base: `${contentDir}/${type.dir}`, pattern: type.pattern }),
    }),
  ]),
);
