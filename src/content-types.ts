import type { z } from 'astro/zod';
import { modelSchema } from './schemas/model.ts';
import type { ImageHelper } from './schemas/photo.ts';
import { planSchema } from './schemas/plan.ts';
import { progressSchema } from './schemas/progress.ts';
import { storySchema } from './schemas/story.ts';
import { targetSchema } from './schemas/target.ts';
import { taskSchema } from './schemas/task.ts';
import { themeSchema } from './schemas/theme.ts';
import { unitSchema } from './schemas/unit.ts';

/**
 * What a schema built from helpers receives: Astro's `image()` when Astro loads the content, the
 * checker's stand-in when the checker reads it (Astro passes more; schemas use only this).
 */
export interface SchemaHelpers {
  image: ImageHelper;
}

/**
 * Every kind of content under content/, described once. Astro's collections
 * (src/content.config.ts) and the editors' checker (src/content-check) both read this list,
 * so a file the site publishes is always a file the checker has checked.
 */
export interface DocumentType {
  kind: 'documents';
  /** Folder under content/. Files are MDX with YAML frontmatter, or JSON data. */
  dir: string;
  /** Files inside it that belong to the type. */
  pattern: string;
  /** Vietnamese name, for messages. */
  label: string;
  /** A schema, or one built from Astro's helpers (`image()`) for types with photos. */
  schema: z.ZodType | ((helpers: SchemaHelpers) => z.ZodType);
  /** MDX components an editor may use in the body. */
  components: readonly string[];
}

export interface ListType {
  kind: 'list';
  /** YAML file under content/ holding a list of items, each with an `id`. */
  file: string;
  label: string;
  schema: z.ZodType;
}

export type ContentType = DocumentType | ListType;

export const contentTypes = {
  plans: {
    kind: 'documents',
    dir: 'ke-hoach',
    pattern: '*.mdx',
    label: 'kế hoạch',
    schema: planSchema,
    components: ['Heading', 'Clause', 'Task', 'Target', 'EditorNote'],
  },
  tasks: {
    kind: 'documents',
    dir: 'nhiem-vu',
    pattern: '*/*.mdx',
    label: 'nhiệm vụ',
    schema: taskSchema,
    components: ['EditorNote'],
  },
  targets: {
    kind: 'documents',
    dir: 'chi-tieu',
    pattern: '*/*.mdx',
    label: 'chỉ tiêu',
    schema: targetSchema,
    components: ['EditorNote'],
  },
  progress: {
    kind: 'documents',
    dir: 'tien-do',
    pattern: '*/*.json',
    label: 'số liệu tiến độ',
    schema: progressSchema,
    components: [],
  },
  models: {
    kind: 'documents',
    dir: 'mo-hinh',
    pattern: '*.mdx',
    label: 'mô hình “Dân vận khéo”',
    schema: ({ image }: SchemaHelpers) => modelSchema(image),
    components: [],
  },
  stories: {
    kind: 'documents',
    dir: 'cau-chuyen',
    pattern: '*.mdx',
    label: 'câu chuyện cựu chiến binh',
    schema: ({ image }: SchemaHelpers) => storySchema(image),
    components: [],
  },
  themes: { kind: 'list', file: 'chu-de.yaml', label: 'chủ đề', schema: themeSchema },
  units: { kind: 'list', file: 'don-vi.yaml', label: 'đơn vị', schema: unitSchema },
} as const satisfies Record<string, ContentType>;

export type ContentTypeName = keyof typeof contentTypes;

/** Folder holding all content, relative to the project root; tests point it at broken copies. */
export const CONTENT_DIR = process.env.SITE_CONTENT_DIR || 'content';
