import { isValidVnDate } from '../lib/format/date.ts';
import { slugify } from '../lib/slug.ts';
import { validateId } from './questions.ts';
import type { Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import { todo, yamlString } from './yaml-values.ts';

const validateDate = (v: string) =>
  isValidVnDate(v, 1945, 2050) ? undefined : 'ngày dạng dd/mm/yyyy, ví dụ 07/11/2022';
const validateYear = (v: string) =>
  /^(19|20)\d\d$/.test(v) ? undefined : 'năm bốn chữ số, ví dụ 2030';

/** An official document (kế hoạch): content/ke-hoach/<province>-<number>.mdx, e.g. lao-cai-03-kh-ccb.mdx. */
export const planScaffold: Scaffold = {
  command: 'plan',
  questions: [
    {
      key: 'province',
      ask: 'Mã tỉnh trong content/don-vi.yaml',
      example: 'lao-cai',
      validate: validateId,
    },
    { key: 'number', ask: 'Số, ký hiệu đúng như in trên văn bản', example: '05/KH-CCB' },
    {
      key: 'issued',
      ask: 'Ngày ban hành (dd/mm/yyyy)',
      example: '15/03/2026',
      validate: validateDate,
    },
    {
      key: 'issuer',
      ask: 'Cơ quan ban hành, viết đầy đủ',
      example: 'Hội Cựu chiến binh tỉnh Lào Cai',
    },
    {
      key: 'title',
      ask: 'Trích yếu (dòng dưới tên loại văn bản), chép nguyên văn',
      example: 'thực hiện Kết luận số …',
    },
    { key: 'docType', ask: 'Tên loại văn bản', fallback: () => 'Kế hoạch' },
    { key: 'place', ask: 'Địa danh ở dòng ngày tháng', example: 'Lào Cai' },
    {
      key: 'from',
      ask: 'Năm bắt đầu thời kỳ kế hoạch',
      fallback: (a) => a.issued?.slice(-4) ?? '',
      validate: validateYear,
    },
    { key: 'to', ask: 'Năm kết thúc thời kỳ kế hoạch', example: '2030', validate: validateYear },
  ],
  build: (a) => {
    const id = slugify(`${a.province} ${a.number}`);
    const [day, month, year] = a.issued!.split('/');
    return {
      path: `ke-hoach/${id}.mdx`,
      mode: 'create',
      copySourceTo: `ke-hoach/nguon/${id}.txt`,
      text: `---
# Tên loại văn bản như in trên văn bản: "Kế hoạch", "Nghị quyết", "Chương trình"…
docType: ${yamlString(a.docType!)}
# Số, ký hiệu đúng như in (giữ nguyên gạch chéo, gạch ngang).
number: ${yamlString(a.number!)}
# Ngày ban hành dạng "dd/mm/yyyy", trong ngoặc kép.
issued: ${yamlString(a.issued!)}
# Địa danh ở dòng ngày tháng.
place: ${yamlString(a.place!)}
# Cơ quan ban hành, viết đầy đủ, dùng trong danh sách kế hoạch.
issuer: ${yamlString(a.issuer!)}
# Mã tỉnh trong content/don-vi.yaml.
province: ${a.province}
# Thời kỳ kế hoạch: năm bắt đầu và năm kết thúc (số, không ngoặc kép).
period: { from: ${a.from}, to: ${a.to} }
# Trích yếu: chép NGUYÊN VĂN, kể cả lỗi của văn bản gốc (giải thích lỗi ở editorNotes bên dưới).
summary: ${yamlString(a.title!)}
# Phần đầu văn bản, chép từng dòng đúng như in.
header:
  # state = văn bản nhà nước, đoàn thể (tên cơ quan bên trái, quốc hiệu bên phải);
  # party = văn bản của Đảng (tên cấp ủy bên trái, "ĐẢNG CỘNG SẢN VIỆT NAM" bên phải).
  style: state
  # Các dòng tên cơ quan ban hành, mỗi dòng trong ngoặc kép.
  issuerLines: [${yamlString(todo('dòng tên cơ quan cấp trên'))}, ${yamlString(a.issuer!.toUpperCase())}]
  # Các dòng quốc hiệu, tiêu ngữ (hoặc "ĐẢNG CỘNG SẢN VIỆT NAM" với văn bản của Đảng).
  mottoLines: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"]
  # Dòng số, ký hiệu như in.
  numberLine: ${yamlString(`Số: ${a.number}`)}
  # Dòng địa danh, ngày tháng như in.
  placeDateLine: ${yamlString(`${a.place}, ngày ${day} tháng ${month} năm ${year}`)}
# Phần chữ ký, chép đúng như in.
signature:
  # Dòng thẩm quyền ký: "TM. BAN CHẤP HÀNH", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"…
  authority: ${yamlString(todo('thẩm quyền ký'))}
  # Chức vụ người ký.
  title: ${yamlString(todo('chức vụ'))}
  # Họ tên người ký, đúng như in.
  name: ${yamlString(todo('họ tên người ký'))}
# Nơi nhận: mỗi dòng một mục trong ngoặc kép, bỏ dấu gạch đầu dòng, giữ dấu chấm phẩy.
recipients: [${yamlString(todo('nơi nhận'))}]
# Văn bản căn cứ (nghị quyết, kết luận… mà kế hoạch thực hiện). Mỗi văn bản một mục:
#   - docType: "Nghị quyết"
#     number: "29-NQ/TU"
#     issued: "22/07/2022"
#     issuer: "Ban Thường vụ Tỉnh ủy Lào Cai"
#     title: "về …"
legalBasis: []
# Chữ ký số ghi trên tệp PDF nhận được (người ký, tổ chức, thời điểm, tổ chức chứng thực); để [] nếu không có.
digitalSignatures: []
# Chú thích biên tập cho chữ ở phần đầu, trích yếu, chữ ký, nơi nhận (phần nội dung dùng <EditorNote>):
#   - quote: "đoạn chữ đúng như trong văn bản"
#     note: "Nguyên văn “…”; đúng là “…”. Giữ nguyên theo văn bản gốc."
editorNotes: []
# Văn bản gốc trích xuất từ bản PDF đã ký, lưu ở content/ke-hoach/nguon/ (không sửa tệp đó).
source:
  file: "nguon/${id}.txt"
  # Mấy chữ đầu tiên và mấy chữ cuối cùng của phần nội dung trong văn bản gốc.
  bodyStart: ${yamlString(todo('mấy chữ đầu của phần nội dung'))}
  bodyEnd: ${yamlString(todo('mấy chữ cuối của phần nội dung'))}
---

${a.text || todo('chép nguyên văn phần nội dung vào đây, mỗi đoạn của văn bản gốc là một đoạn (cách nhau một dòng trống). Đề mục viết bằng thẻ Heading, đoạn có số mà không phải nhiệm vụ, chỉ tiêu viết bằng thẻ Clause; nhiệm vụ và chỉ tiêu nằm ở tệp riêng (npm run new -- task / target) và chỉ được đặt chỗ ở đây bằng thẻ Task, Target. Cách viết từng thẻ: HUONG-DAN-BIEN-TAP.md, mục 4.')}
`,
      next: [
        `Đặt văn bản gốc (chữ trích xuất từ bản PDF đã ký) vào content/ke-hoach/nguon/${id}.txt, nếu chưa có.`,
        `Mở tệp, điền những chỗ ghi "${TODO_MARK}", chép nguyên văn phần nội dung.`,
        `Tạo từng nhiệm vụ, chỉ tiêu: npm run new -- task --plan ${id} …, npm run new -- target --plan ${id} …`,
      ],
    };
  },
};
