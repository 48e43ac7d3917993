import { z } from 'astro/zod';
import { isValidVnDate } from '../lib/format/date.ts';

/**
 * Field builders shared by the content schemas. Every field carries a Vietnamese label
 * (`describe`) that error messages show to editors next to the field's key.
 */

/** Earliest and latest years any content may mention: catches typos such as 2202. */
export const YEAR_MIN = 1945;
export const YEAR_MAX = 2050;

/** Non-empty, trimmed text. */
export const text = (label: string) =>
  z
    .string({ error: 'phải là một đoạn chữ' })
    .trim()
    .min(1, { error: 'không được để trống' })
    .describe(label);

/** A calendar date written the Vietnamese way, "dd/mm/yyyy", quoted in YAML. */
export const vnDate = (label: string) =>
  z
    .string({ error: 'phải là ngày dạng "dd/mm/yyyy", đặt trong dấu ngoặc kép' })
    .refine((value) => /^\d{2}\/\d{2}\/\d{4}$/.test(value), {
      error: 'phải viết dạng "dd/mm/yyyy", ví dụ "07/11/2022" (đủ 2 chữ số ngày, 2 chữ số tháng)',
    })
    .refine(
      (value) => !/^\d{2}\/\d{2}\/\d{4}$/.test(value) || isValidVnDate(value, YEAR_MIN, YEAR_MAX),
      {
        error: `không phải ngày có thật, hoặc năm nằm ngoài khoảng ${YEAR_MIN}–${YEAR_MAX}: kiểm tra lại ngày, tháng, năm (tháng 2 chỉ có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày)`,
      },
    )
    // The editing page (/admin/) shows a date picker that writes this format.
    .meta({ format: 'dd/mm/yyyy' })
    .describe(label);

/** A four-digit year within the range the site covers. */
export const year = (label: string) =>
  z
    .number({ error: 'phải là một năm viết bằng số, ví dụ 2025 (không đặt trong ngoặc kép)' })
    .int({ error: 'phải là số nguyên' })
    .min(YEAR_MIN, { error: `không được trước năm ${YEAR_MIN}` })
    .max(YEAR_MAX, { error: `không được sau năm ${YEAR_MAX}` })
    .describe(label);

/** An identifier made of lowercase letters without diacritics, digits and hyphens. */
export const slug = (label: string) =>
  z
    .string({ error: 'phải là mã viết thường, không dấu, nối bằng gạch ngang' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "kinh-te-giam-ngheo"',
    })
    .describe(label);

/** A reference to an entry of another collection by its id ("plan-id/item-slug" or "slug"). */
export const entryId = (label: string) =>
  z
    .string({ error: 'phải là mã của một mục nội dung' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
      error: 'phải là mã viết thường, không dấu, ví dụ "lao-cai-03-kh-ccb/iii-1"',
    })
    .describe(label);

/** A position in a plan's numbering: roman section, then arabic levels ("II", "II.2", "II.2.4", "II.1.a"). */
export const sectionNumber = (label: string) =>
  z
    .string({ error: 'phải là số mục, ví dụ "III.1"' })
    .regex(/^[IVXLC]+(?:\.(?:\d+|[a-z]))*$/, {
      error: 'phải là số mục bắt đầu bằng số La Mã, ví dụ "II", "II.2", "II.2.4", "III.1"',
    })
    .describe(label);
