import { slugify } from '../lib/slug.ts';
import { validateId } from './questions.ts';
import type { Scaffold } from './types.ts';
import { yamlString } from './yaml-values.ts';

const LEVELS = ['province', 'district', 'commune'];

/** An administrative unit, appended to the list in content/don-vi.yaml. */
export const unitScaffold: Scaffold = {
  command: 'unit',
  questions: [
    { key: 'title', ask: 'Tên đơn vị, viết như văn bản chính thức', example: 'xã Bản Lầu' },
    {
      key: 'level',
      ask: 'Cấp: "province" (tỉnh), "commune" (xã, phường, đặc khu) hay "district" (huyện, đã bỏ từ 01/07/2025)?',
      fallback: () => 'commune',
      validate: (v) => (LEVELS.includes(v) ? undefined : `chỉ nhận ${LEVELS.join(', ')}`),
    },
    {
      key: 'parent',
      ask: 'Mã đơn vị cấp trên trong content/don-vi.yaml (bỏ trống với cấp tỉnh)',
      example: 'lao-cai',
      fallback: () => '',
      validate: (v) => (v ? validateId(v) : undefined),
    },
    {
      key: 'id',
      ask: 'Mã đơn vị (viết thường, không dấu)',
      fallback: (a) =>
        slugify((a.title ?? '').replace(/^(tỉnh|xã|phường|huyện|đặc khu|thị trấn)\s+/i, '')),
      validate: validateId,
    },
  ],
  build: (a) => ({
    path: 'don-vi.yaml',
    mode: 'append',
    text: `
# ${a.title} — thêm bằng "npm run new".
# id: mã dùng trong các tệp khác (viết thường, không dấu, không trùng).
# name: tên chính thức. level: province (tỉnh) / commune (xã, phường, đặc khu) / district (huyện, trước 01/07/2025).
# parent: mã đơn vị cấp trên. Thêm validFrom: "dd/mm/yyyy" (ngày bắt đầu), validTo: "dd/mm/yyyy" (ngày kết thúc),
# successors: [mã đơn vị kế thừa] và note: "ghi chú" khi đơn vị được lập, sáp nhập hay đổi tên.
- id: ${a.id}
  name: ${yamlString(a.title!)}
  level: ${a.level}${a.parent ? `\n  parent: ${a.parent}` : ''}
`,
    next: [
      `Kiểm tra mục mới ở cuối tệp content/don-vi.yaml; thêm ngày bắt đầu (validFrom) nếu đơn vị mới được lập.`,
    ],
  }),
};
