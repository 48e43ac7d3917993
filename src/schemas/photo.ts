import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { text, vnDate } from './fields.ts';

/** What a photo field holds once read: the image metadata Astro's `image()` gives (astro:assets). */
export type ImageData = z.output<ReturnType<SchemaContext['image']>>;

/**
 * Astro's `image()` helper for content schemas: resolves a path relative to the content file into
 * image metadata (astro:assets). Typed by what it yields rather than by Astro's declaration, so
 * the editors' checker can pass its own stand-in (it checks that the file exists, without Vite).
 */
export type ImageHelper = () => z.ZodType<ImageData>;

/** A photo of a model or a story: the file, what it shows for readers who cannot see it, and credit. */
export const photoSchema = (image: ImageHelper) =>
  z
    .object({
      /** Image file, relative to the content file, e.g. "./anh/vuon-cam.jpg" (jpg, png, webp). */
      src: image().describe('tệp ảnh'),
      /** What the photo shows, for screen readers and when it does not load. Required. */
      alt: z
        .string({ error: 'ảnh nào cũng phải có lời mô tả (alt) cho người không nhìn thấy ảnh' })
        .trim()
        .min(5, {
          error: 'lời mô tả ảnh quá ngắn; hãy tả ảnh cho người không nhìn thấy (ai, làm gì, ở đâu)',
        })
        .describe('lời mô tả ảnh (alt)'),
      /** Caption shown under the photo. */
      caption: text('chú thích ảnh').optional(),
      /** Who took it (or "Tranh minh họa" for a drawn illustration). */
      credit: text('tác giả ảnh'),
      /** True for a drawn or generated illustration, not a photograph of real people or places. */
      illustration: z
        .boolean({ error: 'chỉ nhận true hoặc false' })
        .default(false)
        .describe('là tranh minh họa'),
    })
    .strict();

/** A source the record rests on (báo cáo, quyết định, bài báo); sample records must say they are sample. */
export const sourceSchema = z
  .object({
    /** Title of the source as it is named, e.g. "Báo cáo tổng kết năm 2024 của Hội CCB xã …". */
    title: text('tên nguồn'),
    /** Web address, if public. */
    url: z
      .url({ error: 'phải là địa chỉ web đầy đủ, bắt đầu bằng https://' })
      .optional()
      .describe('địa chỉ web của nguồn'),
    /** Date of the source, "dd/mm/yyyy", if known. */
    date: vnDate('ngày của nguồn').optional(),
  })
  .strict();
