import { slugify } from '../lib/slug.ts';
import { planItemQuestions } from './questions.ts';
import type { ContentReader, Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import { listAnswer, todo, yamlList, yamlString } from './yaml-values.ts';

/** The year a plan was issued, read from its file: tracking starts that year (the method page's rule). */
function issueYear(plan: string, content: ContentReader): number | undefined {
  const match = /^issued:\s*"\d{2}\/\d{2}\/(\d{4})"/m.exec(
    content.read(`ke-hoach/${plan}.mdx`) ?? '',
  );
  return match ? Number(match[1]) : undefined;
}

/** A specific target of a plan with how it is measured: content/chi-tieu/<plan>/<number>.mdx. */
export const targetScaffold: Scaffold = {
  command: 'target',
  questions: planItemQuestions('chỉ tiêu'),
  build: (a, content) => {
    const id = `${a.plan}/${slugify(a.number!)}`;
    const from = issueYear(a.plan!, content) ?? new Date().getFullYear();
    return {
      path: `chi-tieu/${id}.mdx`,
      mode: 'create',
      text: `---
# target = chỉ tiêu văn bản đặt ra (có số mục in trong văn bản). Nếu văn bản không đặt chỉ tiêu mà ban biên
# tập muốn theo dõi một việc trong câu của nhiệm vụ: ghi tracked, bỏ dòng number, ghi textFrom (xem dưới).
kind: target
# Kế hoạch chứa chỉ tiêu này: tên tệp trong content/ke-hoach/, bỏ đuôi .mdx.
plan: ${a.plan}
# Số mục trong kế hoạch, trong ngoặc kép, ví dụ "II.2.1" cho chỉ tiêu 2.1 của phần II.
number: ${yamlString(a.number!)}
# Tiêu đề ngắn do ban biên tập đặt (không phải nguyên văn), tối đa 120 ký tự.
title: ${yamlString(a.title!)}
# 1 đến 3 mã chủ đề trong content/chu-de.yaml.
themes: ${yamlList(listAnswer(a.themes))}
# Chỉ với kind: tracked (việc theo dõi do ban biên tập đặt ra): bỏ dấu # ở dòng dưới, ghi mã nhiệm vụ có
# câu đó, và để trống phần nội dung sau dòng "---" cuối. Việc theo dõi không được đặt vào văn bản kế hoạch.
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
    # Văn bản đặt chỉ tiêu cho ai: province = một con số chung của cả tỉnh; commune = từng xã, phường
    # ("mỗi cấp hội cơ sở"); branch = từng chi hội; village = từng thôn, tổ dân phố; all = từng cấp Hội từ
    # tỉnh đến cơ sở ("các cấp Hội … ít nhất 01 …"). Chỉ tiêu đặt cho từng đơn vị được đánh giá từng đơn vị.
    level: all
    # Văn bản nói chỉ tiêu áp dụng cho ai, gần đúng chữ trong văn bản.
    scope: ${yamlString(todo('áp dụng cho ai, ví dụ “Các cấp Hội từ tỉnh đến cơ sở”'))}
    # year = tính hằng năm; term = mỗi nhiệm kỳ; year-end = tình trạng tính đến cuối năm.
    period: year
    # Các mốc, theo thứ tự thời gian. Mỗi mốc:
    #   comparator: ">=" khi văn bản viết "trở lên", "ít nhất"; ">" khi viết "trên".
    #   value: con số, KHÔNG đặt trong ngoặc kép, KHÔNG kèm dấu %, dùng dấu chấm thập phân (96.5).
    #   from, to: năm đầu và năm cuối mốc áp dụng (số, không ngoặc kép). Mốc đầu tiên bắt đầu từ năm ban
    #         hành kế hoạch (${from}), theo quy tắc ở trang Phương pháp đánh giá.
    #   wording: mốc chép đúng lời văn bản, ví dụ "96% trở lên", "trên 75%", "ít nhất 01 việc làm mới";
    #         bỏ dòng này nếu văn bản không ghi con số (trang sẽ ghi mốc do ban biên tập đặt).
    #   mode: maintain = phải giữ được mỗi kỳ từ năm from đến năm to;
    #         reach-by = phải đạt được chậm nhất vào năm to.
    milestones:
      - comparator: ">="
        value: 0
        from: ${from}
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
