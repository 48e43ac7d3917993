import { z } from 'astro/zod';
import { slug, text, vnDate } from './fields.ts';

/** What sample (made-up) points carry instead of a real source: never an invented report. */
export const SAMPLE_SOURCE = 'Số liệu minh họa';

/** The report a real figure comes from. */
const documentSource = z
  .object({
    /** Number and code of the report as printed, e.g. "45/BC-CCB". */
    document: text('số, ký hiệu văn bản nguồn'),
    /** Date of the report, "dd/mm/yyyy". */
    date: vnDate('ngày của văn bản nguồn'),
    /** Body that issued it, e.g. "Hội Cựu chiến binh tỉnh Lào Cai". */
    issuer: text('cơ quan ban hành văn bản nguồn').optional(),
  })
  .strict();

/** One value of one measure for one unit in one reporting period. */
const pointSchema = z
  .object({
    /** "2024" for a year, "2025-H1" / "2025-H2" for a half-year. */
    period: z
      .string({ error: 'phải là kỳ báo cáo viết trong ngoặc kép, ví dụ "2024" hoặc "2025-H1"' })
      .regex(/^\d{4}(?:-H[12])?$/, {
        error:
          'phải viết dạng "2024" (cả năm), "2025-H1" (6 tháng đầu) hoặc "2025-H2" (6 tháng cuối)',
      })
      .describe('kỳ báo cáo'),
    /** The value: a percentage 0–100 for rates, a whole number for counts. */
    value: z
      .number({
        error: 'phải là số (không đặt trong ngoặc kép, không kèm dấu %, dùng dấu chấm thập phân)',
      })
      .describe('giá trị'),
    /** For rates: how many met the criterion (tử số). */
    numerator: z
      .number({ error: 'phải là số' })
      .int({ error: 'phải là số nguyên' })
      .min(0, { error: 'không được âm' })
      .optional()
      .describe('tử số'),
    /** For rates: how many there are in all (mẫu số). */
    denominator: z
      .number({ error: 'phải là số' })
      .int({ error: 'phải là số nguyên' })
      .min(1, { error: 'phải lớn hơn 0' })
      .optional()
      .describe('mẫu số'),
    /** True for an estimate (số ước), false for an official figure. */
    estimate: z
      .boolean({ error: 'chỉ nhận true (số ước) hoặc false (số chính thức)' })
      .default(false)
      .describe('số ước'),
    /** True for made-up sample figures; real figures say false. */
    sample: z
      .boolean({ error: 'chỉ nhận true (số liệu minh họa) hoặc false (số liệu thật)' })
      .describe('số liệu minh họa'),
    /** The report the figure comes from; sample figures say "Số liệu minh họa" instead. */
    source: z
      .union([z.literal(SAMPLE_SOURCE), documentSource], {
        error: `phải là "${SAMPLE_SOURCE}" (chỉ cho số liệu minh họa) hoặc nhóm { "document": "số, ký hiệu", "date": "dd/mm/yyyy" }`,
      })
      .describe('nguồn số liệu'),
  })
  .strict()
  .superRefine((point, ctx) => {
    if (point.sample && point.source !== SAMPLE_SOURCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `số liệu minh họa phải ghi nguồn là "${SAMPLE_SOURCE}", không ghi văn bản nào`,
      });
    }
    if (!point.sample && point.source === SAMPLE_SOURCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message:
          'số liệu thật phải ghi văn bản nguồn: { "document": "số, ký hiệu", "date": "dd/mm/yyyy" }',
      });
    }
    if ((point.numerator === undefined) !== (point.denominator === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [point.numerator === undefined ? 'numerator' : 'denominator'],
        message: 'tử số và mẫu số phải ghi cùng nhau (hoặc bỏ cả hai)',
      });
    }
  })
  .describe('điểm');

/** The values of one measure for one unit; or, for a derived series, where to compute them from. */
const seriesSchema = z
  .object({
    /** Id of a measure of the target (`measures[].id` in its content/chi-tieu file). */
    measure: slug('mã thước đo'),
    /** Unit the values belong to: an id from content/don-vi.yaml. */
    unit: slug('đơn vị').optional(),
    /** The values, one per period. */
    points: z.array(pointSchema).optional().describe('các số liệu'),
    /** "models": the values are counted from the "Dân vận khéo" model records, not typed in. */
    derivedFrom: z
      .enum(['models'], { error: 'chỉ nhận "models" (đếm từ hồ sơ mô hình “Dân vận khéo”)' })
      .optional()
      .describe('tính từ'),
  })
  .strict()
  .superRefine((series, ctx) => {
    if (series.derivedFrom && (series.unit || series.points)) {
      ctx.addIssue({
        code: 'custom',
        path: ['derivedFrom'],
        message: 'chuỗi tính tự động không ghi "unit" và "points": số liệu được đếm từ hồ sơ',
      });
    }
    if (!series.derivedFrom && !series.unit)
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'thiếu đơn vị của chuỗi số liệu' });
    if (!series.derivedFrom && !series.points)
      ctx.addIssue({
        code: 'custom',
        path: ['points'],
        message: 'thiếu danh sách số liệu "points"',
      });
  });

/**
 * Progress data of one target (content/tien-do/<plan>/<target>.json, named like the target's
 * file): series of values per measure and unit, committed by editors.
 */
export const progressSchema = z
  .object({
    /** Series, one per measure and unit. */
    series: z
      .array(seriesSchema)
      .min(1, { error: 'cần ít nhất 1 chuỗi số liệu' })
      .describe('các chuỗi số liệu'),
  })
  .strict();

export type ProgressData = z.infer<typeof progressSchema>;
export type ProgressSeries = ProgressData['series'][number];
export type ProgressPoint = NonNullable<ProgressSeries['points']>[number];
