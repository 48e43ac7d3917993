import type { Question } from './types.ts';

/** "III.7", "II.2.10", "II.1.a": a section number as the checker accepts it. */
export const validateSectionNumber = (value: string) =>
  /^[IVXLC]+(?:\.(?:\d+|[a-z]))*$/.test(value)
    ? undefined
    : 'số mục bắt đầu bằng số La Mã, các cấp ngăn bằng dấu chấm, ví dụ "III.7"';

const validateId = (value: string) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
    ? undefined
    : 'chỉ gồm chữ thường không dấu, chữ số và gạch ngang';

/** What every item of a plan (task, target) asks first. */
export const planItemQuestions = (what: string): Question[] => [
  {
    key: 'plan',
    ask: `Mã kế hoạch chứa ${what} (tên tệp trong content/ke-hoach/, bỏ .mdx)`,
    example: 'lao-cai-03-kh-ccb',
    validate: validateId,
  },
  {
    key: 'number',
    ask: `Số mục của ${what} trong kế hoạch`,
    example: 'III.7',
    validate: validateSectionNumber,
  },
  {
    key: 'title',
    ask: `Tiêu đề ngắn của ${what} (ban biên tập đặt, tối đa 120 ký tự)`,
    example: 'Tuyên truyền về chuyển đổi số',
    validate: (v) => (v.length > 120 ? 'dài quá 120 ký tự' : undefined),
  },
  {
    key: 'themes',
    ask: 'Mã chủ đề trong content/chu-de.yaml (1 đến 3, cách nhau bằng dấu phẩy)',
    example: 'tuyen-truyen-giao-duc',
    validate: (v) =>
      v
        .split(',')
        .map((t) => t.trim())
        .map(validateId)
        .find(Boolean),
  },
];

export { validateId };
