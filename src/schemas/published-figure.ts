import { z } from 'astro/zod';
import { entryId, slug, text, vnDate } from './fields.ts';

/** One part of a figure the source breaks down, e.g. 32 of 81 models in the economic field. */
const partSchema = z
  .object({
    /** What the part counts, in the source's terms, e.g. "Lĩnh vực kinh tế". */
    label: text('nội dung phần'),
    /** The number the source gives for it. */
    value: z.number({ error: 'phải là số (không đặt trong ngoặc kép)' }).describe('con số'),
  })
  .strict();

/**
 * A figure an official body or the press has published (content/so-lieu-cong-bo.yaml), shown in
 * "Số liệu đã công bố" apart from the target series and never mixed with sample figures. Every
 * figure names where it was published, with a link a reader can open; the editors read the page
 * before adding it, and never add a figure or a source they have not read.
 */
export const publishedFigureSchema = z
  .object({
    /** Id, e.g. "lao-cai-81-mo-hinh-dan-van-kheo". */
    id: slug('mã số liệu'),
    /** The number as published. */
    value: z.number({ error: 'phải là số (không đặt trong ngoặc kép)' }).describe('con số'),
    /** What is counted, e.g. "mô hình “Dân vận khéo”". */
    unit: text('đơn vị tính'),
    /** What the figure counts, in plain words, as the source says it. */
    counts: text('con số này đếm gì'),
    /** The breakdown the source gives, if any. */
    parts: z.array(partSchema).default([]).describe('các phần của con số'),
    /** Place the figure is about: an id from content/don-vi.yaml (as it was at the time). */
    place: slug('nơi'),
    /** Period the figure covers, as the source says it, e.g. "từ năm 2021 đến khi đăng bài". */
    period: text('thời gian của con số'),
    /** The source: who published it, when, and where a reader can read it. */
    source: z
      .object({
        /** Publisher, e.g. "Báo Lào Cai". */
        publisher: text('cơ quan đăng'),
        /** Title of the article or document as published. */
        title: text('tên bài, văn bản'),
        /** Address of the page, https. */
        url: z
          .url({ error: 'phải là địa chỉ web đầy đủ, bắt đầu bằng https://' })
          .refine((url) => url.startsWith('https://'), { error: 'phải bắt đầu bằng https://' })
          .describe('địa chỉ trang nguồn'),
        /** Date of publication, "dd/mm/yyyy"; omitted when the page shows none ("không rõ ngày"). */
        date: vnDate('ngày đăng').optional(),
      })
      .strict()
      .describe('nguồn'),
    /** Targets the figure informs: ids under content/chi-tieu/ (of a plan of the same province). */
    informs: z.array(entryId('chỉ tiêu')).default([]).describe('chỉ tiêu liên quan'),
    /** What the figure does and does not tell about those targets, and any editors' reading. */
    note: text('ghi chú của ban biên tập').optional(),
  })
  .strict();

export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
