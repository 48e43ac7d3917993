import type { SchemaContext } from 'astro:content';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';

/** Image formats astro:assets turns into responsive images. */
const FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif'];

/**
 * What the checker uses in place of Astro's `image()` schema helper: the path must be relative to
 * the content file, name a photo format and point at a file that exists. Astro then does the rest.
 */
export function imageStandIn(root: string, file: string): SchemaContext['image'] {
  const folder = join(root, dirname(file));
  const schema = z
    .string({ error: 'phải là đường dẫn tới tệp ảnh, ví dụ "./anh/ten-anh.jpg"' })
    .refine((path) => path.startsWith('./') || path.startsWith('../'), {
      error:
        'đường dẫn ảnh phải tính từ tệp nội dung và bắt đầu bằng "./", ví dụ "./anh/ten-anh.jpg"',
    })
    .refine((path) => FORMATS.includes(path.split('.').pop()?.toLowerCase() ?? ''), {
      error: `ảnh phải có đuôi ${FORMATS.join(', ')}`,
    })
    .refine((path) => existsSync(join(folder, path)), {
      error:
        'không tìm thấy tệp ảnh này; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục',
    })
    .describe('tệp ảnh');
  return (() => schema) as unknown as SchemaContext['image'];
}
