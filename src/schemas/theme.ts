import { z } from 'astro/zod';
import { slug, text } from './fields.ts';

/** A theme (chủ đề) from the one controlled list that connects the plans. */
export const themeSchema = z
  .object({
    /** Id used in tasks' and targets' `themes`, e.g. "kinh-te-giam-ngheo". */
    id: slug('mã chủ đề'),
    /** Name shown to readers. */
    name: text('tên chủ đề'),
    /** One sentence saying what belongs here. */
    description: text('mô tả'),
  })
  .strict();

export type ThemeData = z.infer<typeof themeSchema>;
