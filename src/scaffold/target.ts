import { slugify } from '../lib/slug.ts';
import { planItemQuestions } from './questions.ts';
import type { Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import { listAnswer, todo, yamlList, yamlString } from './yaml-values.ts';

/** A specific target of a plan with how it is measured: content/chi-tieu/<plan>/<number>.mdx. */
export const targetScaffold: Scaffold = {
  command: 'target',
  questions: planItemQuestions('chỉ tiêu'),
  build: (a) => {
    const id = `${a.plan}/${slugify(a.number!)}`;
    return {
      path: `chi-tieu/${id}.mdx`,
      mode: 'create',
      text: `---
# Kế hoạch chứa chỉ tiêu này: tên tệp trong content/ke-hoach/, bỏ đuôi .mdx.
plan: ${a.plan}
# Số mục trong kế hoạch, trong ngoặc kép, ví dụ "II.2.1" cho chỉ tiêu 2.1 của phần II.
number: ${yamlString(a.number!)}
# Tiêu đề ngắn do ban biên tập đặt (không phải nguyên văn), tối đa 120 ký tự.
title: ${yamlString(a.title!)}
# 1 đến 3 mã chủ đề trong content/chu-de.yaml.
themes: ${yamlList(listAnswer(a.themes))}
# Nếu câu chỉ tiêu nằm trong nguyên văn một nhiệm vụ (không có đoạn riêng), bỏ dấu # ở dòng dưới,
# ghi mã nhiệm vụ đó, và để trống phần nội dung sau dòng "---" cuối.
# textFrom: ${a.plan}/ii-1
# Cách đo: mỗi thứ đo được là một mục "- id: …". Chỉ tiêu ghép (ví dụ vừa đếm số người, vừa tính
# tỷ lệ) có nhiều mục. Chép thêm một khối từ "- id:" đến hết "milestones" nếu cần.
measures:
  # Mã của thước đo, viết thường không dấu, không trùng trong chỉ tiêu này, ví dụ ty-le-tap-hop.
  - id: ${slugify(a.title!, 40) || 'thuoc-do'}
    # Đo cái gì, viết rõ bằng tiếng Việt.
    label: ${yamlString(todo('đo cái gì, ví dụ “Tỷ lệ tập hợp hội viên có mặt trên địa bàn”'))}
    # rate = tỷ lệ phần trăm (0 đến 100); count = số lượng (số nguyên).
    kind: rate
    # Với tỷ lệ ghi "%"; với số lượng ghi tên thứ được đếm, ví dụ "mô hình “Dân vận khéo”".
    unit: "%"
    # Số liệu báo cáo theo cấp nào: province (tỉnh), commune (xã, phường), branch (chi hội),
    # village (thôn, tổ dân phố) hoặc all (mọi cấp từ tỉnh đến cơ sở).
    level: all
    # Văn bản nói chỉ tiêu áp dụng cho ai, gần đúng chữ trong văn bản.
    scope: ${yamlString(todo('áp dụng cho ai, ví dụ “Các cấp Hội từ tỉnh đến cơ sở”'))}
    # year = tính hằng năm; term = mỗi nhiệm kỳ; year-end = tình trạng tính đến cuối năm.
    period: year
    # Các mốc, theo thứ tự thời gian. Mỗi mốc:
    #   comparator: ">=" khi văn bản viết "trở lên", "ít nhất"; ">" khi viết "trên".
    #   value: con số, KHÔNG đặt trong ngoặc kép, KHÔNG kèm dấu %, dùng dấu chấm thập phân (96.5).
    #   from, to: năm đầu và năm cuối mốc áp dụng (số, không ngoặc kép).
    #   mode: maintain = phải giữ được mỗi kỳ từ năm from đến năm to;
    #         reach-by = phải đạt được chậm nhất vào năm to.
    milestones:
      - comparator: ">="
        value: 0
        from: 2025
        to: 2030
        mode: maintain
---

${a.text || todo('chép nguyên văn chỉ tiêu vào đây, kể cả số mục ở đầu (ví dụ "2.10 Hằng năm, …"; nếu số mục kết thúc bằng dấu chấm như "3. " thì viết "3\\. "); sửa mốc (milestones) ở trên cho đúng với câu chữ.')}
`,
      next: [
        `Mở tệp, điền những chỗ ghi "${TODO_MARK}" và sửa mốc chỉ tiêu (milestones) cho đúng văn bản.`,
        `Đặt chỉ tiêu vào đúng vị trí trong văn bản kế hoạch content/ke-hoach/${a.plan}.mdx bằng một dòng riêng: <Target id="${id}" /> (trừ khi dùng textFrom).`,
      ],
    };
  },
};
