import { z } from 'astro/zod';
import { entryId, sectionNumber, slug, text, year } from './fields.ts';

/** One step of a target: a threshold that applies over a span of years. */
const milestoneSchema = z
  .object({
    /** ">=" for "trở lên", "ít nhất"; ">" for "trên". */
    comparator: z
      .enum(['>=', '>'], { error: 'chỉ nhận ">=" (trở lên, ít nhất) hoặc ">" (trên)' })
      .describe('phép so sánh'),
    /** The threshold: a percentage for rates, a whole number for counts. */
    value: z
      .number({ error: 'phải là số (không đặt trong ngoặc kép, không kèm dấu %)' })
      .min(0, { error: 'không được âm' })
      .describe('mức chỉ tiêu'),
    /** First year the milestone applies. */
    from: year('năm bắt đầu'),
    /** Last year it applies (inclusive); for "reach-by", the deadline. */
    to: year('năm kết thúc'),
    /**
     * The milestone as the text words it, verbatim ("96% trở lên", "trên 75%", "100%", "ít nhất 01");
     * pages quote it. Omitted only when the text states no number: pages then say the editors set it.
     */
    wording: text('nguyên văn mốc').optional(),
    /** "maintain": must hold in every period from..to; "reach-by": must be reached by `to`. */
    mode: z
      .enum(['maintain', 'reach-by'], {
        error: 'chỉ nhận "maintain" (giữ vững hằng kỳ) hoặc "reach-by" (đạt được trước hạn)',
      })
      .describe('cách tính'),
  })
  .strict()
  .refine((m) => m.from <= m.to, { error: 'năm bắt đầu phải trước hoặc bằng năm kết thúc' });

/** One measurable quantity; a compound target (2.6, 2.8) has several. */
const measureSchema = z
  .object({
    /** Id unique within the target, e.g. "ty-le-tap-hop". */
    id: slug('mã thước đo'),
    /** What is measured, in plain Vietnamese. */
    label: text('nội dung đo'),
    /** "rate": a percentage 0–100; "count": a whole number of things. */
    kind: z
      .enum(['rate', 'count'], { error: 'chỉ nhận "rate" (tỷ lệ %) hoặc "count" (số lượng)' })
      .describe('loại thước đo'),
    /** "%" for rates; for counts the thing counted, e.g. "mô hình “Dân vận khéo”". */
    unit: text('đơn vị tính'),
    /** Level of the Association each value is reported for. */
    level: z
      .enum(['province', 'commune', 'branch', 'village', 'all'], {
        error:
          'chỉ nhận "province" (tỉnh), "commune" (xã, phường), "branch" (chi hội), "village" (thôn, tổ dân phố) hoặc "all" (mọi cấp)',
      })
      .describe('cấp áp dụng'),
    /** Who the text says the target applies to, in its own words. */
    scope: text('phạm vi áp dụng'),
    /** "year": each year; "term": each term (nhiệm kỳ); "year-end": the state at the end of a year. */
    period: z
      .enum(['year', 'term', 'year-end'], {
        error:
          'chỉ nhận "year" (hằng năm), "term" (mỗi nhiệm kỳ) hoặc "year-end" (tính đến cuối năm)',
      })
      .describe('kỳ tính'),
    /** Milestones in time order; stepped targets have several. */
    milestones: z
      .array(milestoneSchema)
      .min(1, { error: 'cần ít nhất 1 mốc chỉ tiêu' })
      .describe('các mốc chỉ tiêu'),
  })
  .strict()
  .superRefine((measure, ctx) => {
    measure.milestones.forEach((milestone, index) => {
      if (measure.kind === 'rate' && milestone.value > 100) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', index, 'value'],
          message: 'tỷ lệ không thể vượt quá 100',
        });
      }
      if (measure.kind === 'count' && !Number.isInteger(milestone.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', index, 'value'],
          message: 'số lượng phải là số nguyên',
        });
      }
    });
  });

/** What an entry of content/chi-tieu/ is: a target the document states, or an aim the editors track. */
export const TARGET_KINDS = {
  target: 'chỉ tiêu của văn bản',
  tracked: 'việc theo dõi do ban biên tập đặt ra',
} as const;

/**
 * A specific target (chỉ tiêu) of a plan, with a machine-readable definition. The MDX body is
 * the verbatim target text. An aim the editors derive from a task's sentence (kind "tracked") is
 * not a target of the document: it has no section number, names its task in `textFrom`, and is
 * never listed or counted with the plan's targets.
 */
export const targetSchema = z
  .object({
    /** "target" (default): stated by the document as a target; "tracked": set by the editors from a task. */
    kind: z
      .enum(['target', 'tracked'], {
        error:
          'chỉ nhận "target" (chỉ tiêu văn bản đặt ra) hoặc "tracked" (việc theo dõi do ban biên tập đặt ra từ một nhiệm vụ)',
      })
      .default('target')
      .describe('loại'),
    /** The plan it belongs to. */
    plan: entryId('kế hoạch'),
    /** Position in the plan as printed, e.g. "II.2.4"; a tracked aim has none (the document gives it none). */
    number: sectionNumber('số mục').optional(),
    /** Short descriptive title written by the editors. */
    title: text('tiêu đề ngắn').pipe(
      z.string().max(120, { error: 'dài quá 120 ký tự; hãy viết ngắn gọn hơn' }),
    ),
    /** Themes from content/chu-de.yaml (1 to 3). */
    themes: z
      .array(slug('chủ đề'))
      .min(1, { error: 'cần ít nhất 1 chủ đề' })
      .max(3, { error: 'tối đa 3 chủ đề' })
      .describe('chủ đề'),
    /** For a tracked aim: the task whose sentence it comes from (the body then stays empty). */
    textFrom: entryId('lấy nguyên văn từ nhiệm vụ').optional(),
    /** What is measured and the milestones. */
    measures: z
      .array(measureSchema)
      .min(1, { error: 'cần ít nhất 1 thước đo' })
      .describe('thước đo'),
  })
  .strict()
  .superRefine((target, ctx) => {
    if (target.kind === 'target' && target.number === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: 'chỉ tiêu của văn bản phải ghi số mục như in trong văn bản, ví dụ "II.2.4"',
      });
    if (target.kind === 'target' && target.textFrom !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['textFrom'],
        message:
          'chỉ tiêu của văn bản có nguyên văn riêng; chỉ việc theo dõi (kind: tracked) mới lấy câu từ một nhiệm vụ',
      });
    if (target.kind === 'tracked' && target.number !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message:
          'việc theo dõi do ban biên tập đặt ra không có số mục: văn bản không đánh số cho nó',
      });
    if (target.kind === 'tracked' && target.textFrom === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['textFrom'],
        message: 'việc theo dõi phải ghi nhiệm vụ có câu mà nó dựa vào (textFrom)',
      });
    const seen = new Set<string>();
    target.measures.forEach((measure, index) => {
      if (seen.has(measure.id))
        ctx.addIssue({
          code: 'custom',
          path: ['measures', index, 'id'],
          message: `mã thước đo "${measure.id}" bị trùng`,
        });
      seen.add(measure.id);
    });
  });

export type TargetData = z.infer<typeof targetSchema>;
export type TargetKind = TargetData['kind'];
export type Measure = TargetData['measures'][number];
export type Milestone = Measure['milestones'][number];
