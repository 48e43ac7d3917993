import { z } from 'astro/zod';
import { entryId, sectionNumber, slug, text } from './fields.ts';

/**
 * A task or solution (nhiệm vụ, giải pháp) or an organisation-of-implementation item
 * (tổ chức thực hiện) of a plan. The MDX body is its verbatim text, number included.
 */
export const taskSchema = z
  .object({
    /** The plan it belongs to: a file name in content/ke-hoach/ without ".mdx". */
    plan: entryId('kế hoạch'),
    /** Position in the plan, e.g. "III.1"; gives the anchor (#muc-iii-1). */
    number: sectionNumber('số mục'),
    /** False where the source prints no number (the position is then a paragraph count). */
    numberedInSource: z
      .boolean({ error: 'chỉ nhận true hoặc false' })
      .default(true)
      .describe('có số mục trong văn bản gốc'),
    /** Which part of the plan: "tasks" (nhiệm vụ, giải pháp) or "implementation" (tổ chức thực hiện). */
    section: z
      .enum(['tasks', 'implementation'], {
        error: 'chỉ nhận "tasks" (nhiệm vụ, giải pháp) hoặc "implementation" (tổ chức thực hiện)',
      })
      .describe('phần của kế hoạch'),
    /** Short descriptive title written by the editors (not part of the official text). */
    title: text('tiêu đề ngắn').pipe(
      z.string().max(120, { error: 'dài quá 120 ký tự; hãy viết ngắn gọn hơn' }),
    ),
    /** Bodies the text names as responsible, as written in the text. */
    responsible: z.array(text('đơn vị thực hiện')).default([]).describe('đơn vị thực hiện'),
    /** Themes from content/chu-de.yaml (1 to 3). */
    themes: z
      .array(slug('chủ đề'))
      .min(1, { error: 'cần ít nhất 1 chủ đề' })
      .max(3, { error: 'tối đa 3 chủ đề' })
      .describe('chủ đề'),
  })
  .strict();

export type TaskData = z.infer<typeof taskSchema>;
