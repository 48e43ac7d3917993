import { z } from 'astro/zod';
import { slug, text, vnDate } from './fields.ts';

/**
 * An organisational unit (đơn vị): a province, a former district or a commune, with the dates
 * it existed. Since 01/07/2025 there are no districts and Lào Cai includes former Yên Bái, so
 * units carry validity dates and successors; data belongs to the unit as it was on its date.
 */
export const unitSchema = z
  .object({
    /** Id used by plans and progress data, e.g. "lao-cai". */
    id: slug('mã đơn vị'),
    /** Name as it is (or was) officially written, e.g. "tỉnh Lào Cai". */
    name: text('tên đơn vị'),
    /** Administrative level. */
    level: z
      .enum(['province', 'district', 'commune'], {
        error:
          'chỉ nhận "province" (tỉnh), "district" (huyện, đã bỏ từ 01/07/2025) hoặc "commune" (xã, phường, đặc khu)',
      })
      .describe('cấp'),
    /** The unit it belongs to (a commune's province), if any. */
    parent: slug('đơn vị cấp trên').optional(),
    /** First day it existed in this form; omitted when older than anything on the site. */
    validFrom: vnDate('ngày bắt đầu').optional(),
    /** Last day it existed in this form; omitted while it still exists. */
    validTo: vnDate('ngày kết thúc').optional(),
    /** Unit(s) that took over when it ended. */
    successors: z.array(slug('đơn vị kế thừa')).default([]).describe('đơn vị kế thừa'),
    /** Short note for readers, e.g. "hợp nhất tỉnh Lào Cai và tỉnh Yên Bái". */
    note: text('ghi chú').optional(),
  })
  .strict();

/**
 * A unit as the site uses it everywhere (pages, progress, models, the checker): the schema's output,
 * which carries its own `id` (the list file names each unit's id, and the entry id is that id).
 */
export type Unit = z.output<typeof unitSchema>;
