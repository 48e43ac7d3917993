import { slugify } from '../lib/slug.ts';
import type { Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import { listAnswer, todo, yamlList, yamlString } from './yaml-values.ts';
import { planItemQuestions } from './questions.ts';

/** A task or solution of a plan: content/nhiem-vu/<plan>/<number>.mdx, e.g. iii-7.mdx. */
export const taskScaffold: Scaffold = {
  command: 'task',
  questions: [
    ...planItemQuestions('nhiệm vụ'),
    {
      key: 'section',
      ask: 'Thuộc phần nào: "tasks" (nhiệm vụ, giải pháp) hay "implementation" (tổ chức thực hiện)?',
      fallback: () => 'tasks',
      validate: (v) =>
        v === 'tasks' || v === 'implementation'
          ? undefined
          : 'chỉ nhận "tasks" hoặc "implementation"',
    },
    {
      key: 'responsible',
      ask: 'Đơn vị được giao thực hiện, chép đúng chữ trong văn bản (cách nhau bằng dấu phẩy; bỏ trống nếu văn bản không nêu)',
      fallback: () => '',
    },
  ],
  build: (a) => {
    const id = `${a.plan}/${slugify(a.number!)}`;
    return {
      path: `nhiem-vu/${id}.mdx`,
      mode: 'create',
      text: `---
# Kế hoạch chứa nhiệm vụ này: tên tệp trong content/ke-hoach/, bỏ đuôi .mdx.
plan: ${a.plan}
# Số mục trong kế hoạch: số La Mã của phần, rồi số thứ tự, ngăn bằng dấu chấm, trong ngoặc kép.
# Trang nhiệm vụ có địa chỉ theo số này (#muc-${slugify(a.number!)}).
number: ${yamlString(a.number!)}
# true nếu văn bản gốc in số mục này; false nếu đoạn văn không đánh số (khi đó số cuối là thứ tự đoạn).
numberedInSource: true
# Phần của kế hoạch: tasks (nhiệm vụ, giải pháp) hoặc implementation (tổ chức thực hiện).
section: ${a.section}
# Tiêu đề ngắn do ban biên tập đặt (không phải nguyên văn), tối đa 120 ký tự, trong ngoặc kép.
title: ${yamlString(a.title!)}
# Đơn vị văn bản giao thực hiện, chép đúng chữ trong văn bản, mỗi đơn vị trong ngoặc kép;
# để [] nếu văn bản không nêu riêng.
responsible: ${yamlList(listAnswer(a.responsible), true)}
# 1 đến 3 mã chủ đề trong content/chu-de.yaml, ví dụ [tuyen-truyen-giao-duc, xay-dung-to-chuc-hoi].
themes: ${yamlList(listAnswer(a.themes))}
---

${a.text || todo('chép nguyên văn mục này của kế hoạch vào đây, kể cả số mục ở đầu, viết "7\\. Các cấp Hội …" (có dấu \\ trước dấu chấm), đúng từng chữ, kể cả lỗi chính tả của văn bản gốc; chỗ nghi là lỗi thì thêm chú thích biên tập (thẻ EditorNote, xem HUONG-DAN-BIEN-TAP.md mục 6) ngay sau chữ đó.')}
`,
      next: [
        `Mở tệp, điền những chỗ ghi "${TODO_MARK}".`,
        `Đặt nhiệm vụ vào đúng vị trí trong văn bản kế hoạch content/ke-hoach/${a.plan}.mdx bằng một dòng riêng: <Task id="${id}" /> (có dòng trống trước và sau).`,
      ],
    };
  },
};
