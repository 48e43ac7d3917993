import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import type { ImageData, ImageHelper } from '../schemas/photo.ts';

/** Image formats astro:assets turns into responsive images. */
const FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const satisfies ImageData['format'][];
type Format = (typeof FORMATS)[number];

const formatOf = (path: string): Format | undefined =>
  FORMATS.find((format) => format === path.split('.').pop()?.toLowerCase());

/**
 * What the checker uses in place of Astro's `image()` schema helper: the path must be relative to
 * the content file, name a photo format and point at a file that exists. Astro then does the rest.
 * It yields data of the same shape as Astro's (so entries keep their schema's type) without
 * measuring the photo: width and height are 0, and no check reads them.
 */
export function imageStandIn(root: string, file: string): ImageHelper {
  const folder = join(root, dirname(file));
  const schema = z
    .string({ error: 'phải là đường dẫn tới tệp ảnh, ví dụ "./anh/ten-anh.jpg"' })
    .refine((path) => path.startsWith('./') || path.startsWith('../'), {
      error:
        'đường dẫn ảnh phải tính từ tệp nội dung và bắt đầu bằng "./", ví dụ "./anh/ten-anh.jpg"',
    })
    .refine((path) => formatOf(path) !== undefined, {
      error: `ảnh phải có đuôi ${FORMATS.join(', ')}`,
    })
    .refine((path) => existsSync(join(folder, path)), {
      error:
        'không tìm thấy tệp ảnh này; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục',
    })
    // Runs only once every check above passed, so the format is known.
    .transform((path): ImageData => ({ src: path, width: 0, height: 0, format: formatOf(path)! }))
    .describe('tệp ảnh');
  return () => schema;
}
