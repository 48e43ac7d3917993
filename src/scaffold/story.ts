import { slugify } from '../lib/slug.ts';
import { today } from './published.ts';
import type { Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import { listAnswer, todo, yamlList, yamlString } from './yaml-values.ts';

const BANDS = ['tieu-hoc', 'thcs', 'thpt'];

/** A veteran's story for schools: content/cau-chuyen/<title>.mdx. Consent comes first. */
export const storyScaffold: Scaffold = {
  command: 'story',
  questions: [
    {
      key: 'title',
      ask: 'Tiêu đề câu chuyện (tối đa 120 ký tự)',
      example: 'Cột mốc và lớp học của ông',
    },
    {
      key: 'themes',
      ask: 'Mã chủ đề trong content/chu-de.yaml (1 đến 3, cách nhau bằng dấu phẩy)',
      example: 'giao-duc-the-he-tre',
    },
    {
      key: 'ageBands',
      ask: 'Lứa tuổi: tieu-hoc, thcs, thpt (cách nhau bằng dấu phẩy)',
      fallback: () => 'thcs, thpt',
      validate: (v) =>
        listAnswer(v).every((band) => BANDS.includes(band))
          ? undefined
          : `chỉ nhận ${BANDS.join(', ')}`,
    },
    {
      key: 'tasks',
      ask: 'Mã nhiệm vụ kế hoạch mà câu chuyện phục vụ (giáo dục thế hệ trẻ)',
      example: 'lai-chau-16-kh-tu/ii-4',
    },
    { key: 'published', ask: 'Ngày đăng (dd/mm/yyyy)', fallback: () => today() },
  ],
  build: (a) => ({
    path: `cau-chuyen/${slugify(a.title!)}.mdx`,
    mode: 'create',
    text: `---
# Tiêu đề, tối đa 120 ký tự.
title: ${yamlString(a.title!)}
# Người kể. Chỉ ghi những gì người kể đã đồng ý cho đăng.
narrator:
  # Họ tên như người kể đồng ý cho đăng.
  name: ${yamlString(todo('họ tên người kể'))}
  # Năm sinh (số, không ngoặc kép).
  birthYear: 1955 # ${TODO_MARK}: năm sinh thật, rồi xóa lời nhắc này
  # Quê quán: tên hiện nay, và tên cũ (trước 01/07/2025) nếu khác.
  homePlace: { current: ${yamlString(todo('xã …, tỉnh …'))}, former: ${yamlString(todo('xã …, huyện … (tên cũ), hoặc xóa phần former'))} }
  # Đơn vị từng phục vụ, như người kể đồng ý cho đăng.
  militaryUnit: ${yamlString(todo('đơn vị từng phục vụ'))}
  # Năm nhập ngũ, năm xuất ngũ (số).
  service: { from: 1978, to: 1984 } # ${TODO_MARK}: năm thật, rồi xóa lời nhắc này
  # Chiến trường, thời kỳ, ví dụ "Bảo vệ biên giới phía Bắc (1979–1989)".
  front: ${yamlString(todo('chiến trường, thời kỳ'))}
  # Danh hiệu, huân huy chương, mỗi mục trong ngoặc kép; [] nếu không nêu.
  honours: []
  # true nếu người kể còn sống; false nếu đã mất (khi đó gia đình đồng ý).
  living: true
# Tóm tắt hai, ba câu (tối đa 400 ký tự).
summary: ${yamlString(todo('tóm tắt hai, ba câu'))}
# Lứa tuổi: tieu-hoc, thcs, thpt.
ageBands: ${yamlList(listAnswer(a.ageBands))}
# 1 đến 3 mã chủ đề trong content/chu-de.yaml.
themes: ${yamlList(listAnswer(a.themes))}
# Thời kỳ lịch sử, ví dụ "Biên giới phía Bắc 1979–1989".
period: ${yamlString(todo('thời kỳ lịch sử'))}
# Từ ngữ cần giải nghĩa cho học sinh: từ như trong bài, và lời giải nghĩa.
keyWords:
  - { term: ${yamlString(todo('từ ngữ'))}, meaning: ${yamlString(todo('giải nghĩa'))} }
# Ít nhất 2 câu hỏi thảo luận, mỗi câu trong ngoặc kép.
questions: [${yamlString(todo('câu hỏi một'))}, ${yamlString(todo('câu hỏi hai'))}]
# Ít nhất 1 hoạt động gợi ý cho lớp học.
activities: [${yamlString(todo('hoạt động gợi ý'))}]
# Lưu ý cho giáo viên khi câu chuyện kể về cái chết, thương tích, mất mát (bỏ dấu # để dùng).
# contentNote: "Câu chuyện có đoạn kể về …"
# Ai ghi, ngày ghi ("dd/mm/yyyy"), nơi ghi (tên hiện nay). Có tệp ghi âm thì thêm audio và transcript.
recording: { by: ${yamlString(todo('người ghi'))}, date: ${yamlString(a.published!)}, place: ${yamlString(todo('nơi ghi'))} } # ${TODO_MARK}: ngày ghi thật, rồi xóa lời nhắc này
# QUYỀN SỬ DỤNG — bắt buộc. Chỉ đăng khi người kể (hoặc gia đình, nếu người kể đã mất) đã đồng ý rõ ràng.
rights:
  consent:
    # Ai đồng ý, ví dụ "Người kể" hoặc "Con trai người kể (người kể đã mất)".
    givenBy: ${yamlString(todo('ai đồng ý'))}
    # Đồng ý cho việc gì, ví dụ "ghi âm, đăng lời kể, tên và ảnh trên trang web, dùng trong trường học".
    scope: ${yamlString(todo('đồng ý cho việc gì'))}
    # Ngày đồng ý, "dd/mm/yyyy".
    date: ${yamlString(a.published!)} # ${TODO_MARK}: ngày đồng ý thật, rồi xóa lời nhắc này
    # Cách ghi nhận, ví dụ "Phiếu đồng ý có chữ ký, lưu tại Văn phòng Hội" (phiếu giấy không đưa lên trang).
    record: ${yamlString(todo('phiếu đồng ý lưu ở đâu'))}
  # Giấy phép sử dụng lời kể, ví dụ "CC BY-NC 4.0".
  licence: "CC BY-NC 4.0"
# Ảnh đặt trong content/cau-chuyen/anh/ (mỗi ảnh: src, alt tả ảnh, credit), chỉ khi đã được đồng ý.
photos: []
# Mã nhiệm vụ kế hoạch về giáo dục thế hệ trẻ mà câu chuyện phục vụ, ví dụ [lai-chau-16-kh-tu/ii-4].
tasks: ${yamlList(listAnswer(a.tasks))}
# Ngày đăng, "dd/mm/yyyy".
published: ${yamlString(a.published!)}
# true nếu là câu chuyện minh họa (bịa); câu chuyện thật để false.
sample: false
---

${todo('chép lời kể vào đây, mỗi đoạn cách nhau một dòng trống; chỉ sửa chính tả, giữ giọng kể của người kể.')}
`,
    next: [
      `Trước hết: có phiếu đồng ý của người kể (mẫu in ở trang /giao-vien/phieu-dong-y/ của trang web).`,
      `Mở tệp, điền những chỗ ghi "${TODO_MARK}".`,
    ],
  }),
};
