import { MODEL_FIELDS } from '../schemas/model.ts';
import { slugify } from '../lib/slug.ts';
import { today } from './published.ts';
import { validateId } from './questions.ts';
import type { Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import { listAnswer, todo, yamlList, yamlString } from './yaml-values.ts';

const FIELDS = Object.keys(MODEL_FIELDS);

/** A "Dân vận khéo" model: content/mo-hinh/<name>.mdx, the file name made from its name. */
export const modelScaffold: Scaffold = {
  command: 'model',
  questions: [
    {
      key: 'title',
      ask: 'Tên mô hình',
      example: 'Tổ hợp tác nuôi ong của Chi hội CCB thôn Nà Lốc',
    },
    {
      key: 'unit',
      ask: 'Mã xã, phường nơi có mô hình, trong content/don-vi.yaml (đơn vị vào năm bắt đầu)',
      example: 'xa-bat-xat',
      validate: validateId,
    },
    {
      key: 'field',
      ask: `Lĩnh vực: ${Object.entries(MODEL_FIELDS)
        .map(([id, name]) => `${id} (${name})`)
        .join(', ')}`,
      example: 'kinh-te',
      validate: (v) => (FIELDS.includes(v) ? undefined : `chỉ nhận ${FIELDS.join(', ')}`),
    },
    {
      key: 'tasks',
      ask: 'Mã nhiệm vụ kế hoạch mà mô hình thực hiện (cách nhau bằng dấu phẩy; bỏ trống nếu chưa rõ)',
      fallback: () => '',
    },
    { key: 'published', ask: 'Ngày đăng (dd/mm/yyyy)', fallback: () => today() },
  ],
  build: (a) => ({
    path: `mo-hinh/${slugify(a.title!)}.mdx`,
    mode: 'create',
    text: `---
# Tên mô hình, tối đa 140 ký tự.
name: ${yamlString(a.title!)}
# Loại: mo-hinh (cách làm người khác học theo được), dien-hinh-tap-the (tập thể tiêu biểu)
# hoặc dien-hinh-ca-nhan (cá nhân tiêu biểu).
kind: mo-hinh
# Tập thể hoặc người thực hiện, ví dụ "Chi hội Cựu chiến binh thôn …".
runner: ${yamlString(todo('tập thể hoặc người thực hiện'))}
# Mã xã, phường trong content/don-vi.yaml, theo đơn vị hành chính vào năm bắt đầu.
unit: ${a.unit}
# Thôn, bản, tổ dân phố (bỏ dòng này nếu không cần).
# village: "thôn …"
# Lĩnh vực: kinh-te, van-hoa-xa-hoi, quoc-phong-an-ninh hoặc xay-dung-he-thong-chinh-tri.
field: ${a.field}
# Từ khóa tự do, mỗi từ trong ngoặc kép, ví dụ ["nuôi ong", "giảm nghèo"].
tags: []
# Năm bắt đầu (số, không ngoặc kép).
yearStarted: ${new Date().getFullYear()} # ${TODO_MARK}: năm bắt đầu thật, rồi xóa lời nhắc này
# Tình trạng: registered (đã đăng ký), effective (hoạt động hiệu quả), recognised (được công nhận),
# replicated (được nhân rộng) hoặc stopped (đã dừng).
status: registered
# Tóm tắt một, hai câu (tối đa 300 ký tự), hiện trong danh sách và khi chia sẻ liên kết.
summary: ${yamlString(todo('tóm tắt một, hai câu'))}
# Kết quả có số liệu: nội dung, con số (không ngoặc kép, dấu chấm thập phân), đơn vị tính, năm.
results:
  - label: ${yamlString(todo('nội dung kết quả, ví dụ “Hộ thoát nghèo”'))}
    value: 0 # ${TODO_MARK}: con số thật, rồi xóa lời nhắc này
    unit: ${yamlString(todo('đơn vị tính, ví dụ “hộ”'))}
    year: ${new Date().getFullYear()}
# Công nhận (để [] khi chưa được công nhận). Mỗi lần công nhận:
#   - level: commune (cấp xã) / district (cấp huyện, trước 01/07/2025) / province (cấp tỉnh) / national
#     body: "tên cơ quan công nhận, như tên gọi lúc đó"
#     decision: "số quyết định như in"
#     date: "dd/mm/yyyy"
#     year: 2025
recognition: []
# Khen thưởng: - { title: "Bằng khen", body: "cấp khen", year: 2025 }
awards: []
# Ảnh đặt trong content/mo-hinh/anh/. Mỗi ảnh:
#   - src: "./anh/ten-anh.jpg"
#     alt: "tả ảnh cho người không nhìn thấy: ai, làm gì, ở đâu"
#     credit: "người chụp"
photos: []
# Nguồn của các thông tin trên (báo cáo, quyết định, bài báo): tên nguồn, và nếu có thì url, date.
sources:
  - title: ${yamlString(todo('tên nguồn, ví dụ “Báo cáo tổng kết năm 2025 của Hội CCB xã …”'))}
# Mã nhiệm vụ kế hoạch mà mô hình thực hiện, ví dụ [lao-cai-03-kh-ccb/iii-3].
tasks: ${yamlList(listAnswer(a.tasks))}
# Mã chỉ tiêu mà mô hình góp phần, ví dụ [lao-cai-03-kh-ccb/ii-2-8].
targets: []
# Ngày đăng lên trang, "dd/mm/yyyy".
published: ${yamlString(a.published!)}
# true nếu là nội dung minh họa (bịa); mô hình thật để false.
sample: false
---

### Cách làm

${todo('kể cách làm của mô hình: ai làm, làm gì, làm thế nào, để người khác học theo được.')}
`,
    next: [
      `Mở tệp, điền những chỗ ghi "${TODO_MARK}"; thêm ảnh (nếu có) vào content/mo-hinh/anh/.`,
    ],
  }),
};
