import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_DIR, contentTypes } from './content-types.ts';

const contentDir = resolve(CONTENT_DIR);

/** A folder of MDX files, one entry each (generic, so each collection keeps its schema's type). */
const documents = <Schema extends z.ZodType>(type: { dir: string; pattern: string; schema: Schema }) =>
  defineCollection({ loader: glob({ base: resolve(contentDir, type.dir), pattern: type.pattern }), schema: type.schema });

/** A YAML file holding a list of items with ids. */
const list = <Schema extends z.ZodType>(type: { file: string; schema: Schema }) =>
  defineCollection({ loader: file(resolve(contentDir, type.file)), schema: type.schema });

export const collections = {
  plans: documents(contentTypes.plans),
  tasks: documents(contentTypes.tasks),
  targets: documents(contentTypes.targets),
  themes: list(contentTypes.themes),
  units: list(contentTypes.units),
};
