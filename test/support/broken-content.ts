import {
  VALID_PLAN,
  VALID_SITE,
  VALID_STORY,
  VALID_TARGET,
  VALID_TASK,
} from './content-fixture.ts';

/**
 * The editors' common mistakes, one per case, each applied to the valid fixture of
 * content-fixture.ts, with the problem the checker must report. New content types add their
 * own cases here (e.g. a story without recorded consent).
 */
export interface BrokenCase {
  /** The mistake, as an editor would describe it. */
  mistake: string;
  /** Files written over the valid fixture (paths from the project root). */
  write: Record<string, string | Uint8Array>;
  /** The one problem expected (or the first of `count`). */
  expected: {
    file: string;
    line?: number;
    field?: string;
    message: string | RegExp;
    fix?: string | RegExp;
  };
  /** How many problems in all, when the mistake has a knock-on effect; 1 otherwise. */
  count?: number;
}

export const TASK = 'content/nhiem-vu/mau/ii-1.mdx';
export const TARGET = 'content/chi-tieu/mau/ii-1.mdx';
/** An aim the editors track, added beside the fixture's target. */
export const TRACKED = 'content/chi-tieu/mau/theo-doi.mdx';
export const PLAN = 'content/ke-hoach/mau.mdx';
export const THEMES = 'content/chu-de.yaml';
export const SITE = 'content/trang-web.yaml';
export const STORY = 'content/cau-chuyen/mau.mdx';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The task saved by a program that does not write UTF-8: "Nhiệm vụ mẫu" in bytes of another code page. */
const taskInAnotherEncoding = () => {
  const [before, after] = VALID_TASK.split('Nhiệm vụ mẫu') as [string, string];
  return new Uint8Array([
    ...utf8(before),
    0x4e,
    0x68,
    0x69,
    0xea,
    0x6d,
    0x20,
    0x76,
    0xf9,
    ...utf8(after),
  ]);
};

export const brokenCases: BrokenCase[] = [
  {
    mistake: 'thiếu dòng "---" mở đầu phần thông tin',
    write: { [TASK]: VALID_TASK.replace(/^---\n/, '') },
    expected: { file: TASK, line: 1, message: 'tệp không bắt đầu bằng dòng "---"' },
  },
  {
    mistake: 'thiếu dòng "---" đóng phần thông tin',
    write: { [TASK]: VALID_TASK.replace(/---\n\n1/, '\n1') },
    expected: {
      file: TASK,
      line: 1,
      message: 'không có dòng "---" để đóng lại',
      fix: 'thêm một dòng chỉ có "---"',
    },
  },
  {
    mistake: 'gõ sai tên trường',
    write: { [TASK]: VALID_TASK.replace('title:', 'titel:') },
    expected: {
      file: TASK,
      line: 5,
      field: 'titel',
      message: 'trường này không có trong mẫu',
      fix: 'có phải ý bạn là "title"?',
    },
  },
  {
    mistake: 'thiếu một trường bắt buộc',
    write: { [TASK]: VALID_TASK.replace('section: tasks\n', '') },
    expected: {
      file: TASK,
      field: 'section',
      message: 'thiếu trường bắt buộc này',
      fix: 'HUONG-DAN-BIEN-TAP.md',
    },
  },
  {
    mistake: 'ngày viết kiểu năm-tháng-ngày',
    write: { [PLAN]: VALID_PLAN.replace('"07/11/2022"', '"2022-11-07"') },
    expected: {
      file: PLAN,
      line: 4,
      field: 'issued',
      message: 'phải viết dạng "dd/mm/yyyy", ví dụ "07/11/2022"',
    },
  },
  {
    mistake: 'ngày không có thật (31 tháng 2)',
    write: { [PLAN]: VALID_PLAN.replace('"07/11/2022"', '"31/02/2022"') },
    expected: {
      file: PLAN,
      line: 4,
      field: 'issued',
      message:
        'không phải ngày có thật, hoặc năm nằm ngoài khoảng 1945–2050: kiểm tra lại ngày, tháng, năm',
    },
  },
  {
    mistake: 'năm viết trong ngoặc kép',
    write: { [TARGET]: VALID_TARGET.replace('from: 2022', 'from: "2022"') },
    expected: {
      file: TARGET,
      line: 15,
      field: 'measures[0].milestones[0].from',
      message: 'phải là một năm viết bằng số',
    },
  },
  {
    mistake: 'tỷ lệ viết thành chữ "96,4%"',
    write: { [TARGET]: VALID_TARGET.replace('value: 96', 'value: "96,4%"') },
    expected: {
      file: TARGET,
      line: 15,
      field: 'measures[0].milestones[0].value',
      message: 'phải là số',
      fix: 'dùng dấu chấm thập phân: 96.4',
    },
  },
  {
    mistake: 'tỷ lệ vượt quá 100',
    write: { [TARGET]: VALID_TARGET.replace('value: 96', 'value: 964') },
    expected: {
      file: TARGET,
      field: 'measures[0].milestones[0].value',
      message: 'tỷ lệ không thể vượt quá 100',
    },
  },
  {
    mistake: 'giá trị không có trong danh sách cho phép',
    write: { [TASK]: VALID_TASK.replace('section: tasks', 'section: task') },
    expected: {
      file: TASK,
      line: 4,
      field: 'section',
      message: 'chỉ nhận "tasks"',
      fix: 'có phải ý bạn là "tasks"?',
    },
  },
  {
    mistake: 'chủ đề viết thành chữ thay vì danh sách',
    write: { [TASK]: VALID_TASK.replace('[chu-de-mau]', 'chu-de-mau') },
    expected: {
      file: TASK,
      line: 7,
      field: 'themes',
      message: 'phải là một danh sách (đang là chữ "chu-de-mau")',
      fix: 'viết thành danh sách',
    },
  },
  {
    mistake: 'tham chiếu tới nhiệm vụ không có',
    write: {
      [TRACKED]: VALID_TARGET.replace('number: "I.1"', 'kind: tracked\ntextFrom: mau/ii-9').replace(
        /---\n\n[\s\S]*$/,
        '---\n',
      ),
    },
    expected: {
      file: TRACKED,
      field: 'textFrom',
      message: 'không có nhiệm vụ nào mang mã "mau/ii-9"',
      fix: 'có phải ý bạn là "mau/ii-1"?',
    },
  },
  {
    mistake: 'chỗ đặt nhiệm vụ trong kế hoạch ghi sai mã',
    write: { [PLAN]: VALID_PLAN.replace('<Task id="mau/ii-1" />', '<Task id="mau/ii-2" />') },
    expected: {
      file: PLAN,
      line: 31,
      message: '<Task id="mau/ii-2"/> trỏ tới nhiệm vụ không có trong kế hoạch này',
      fix: 'có phải ý bạn là "mau/ii-1"?',
    },
    count: 2,
  },
  {
    mistake: 'chủ đề không có trong danh mục',
    write: { [TASK]: VALID_TASK.replace('[chu-de-mau]', '[chu-de-ma]') },
    expected: {
      file: TASK,
      line: 7,
      field: 'themes.0',
      message: 'không có chủ đề nào mang mã "chu-de-ma"',
      fix: '"chu-de-mau"',
    },
  },
  {
    mistake: 'hai mục trùng mã',
    write: {
      [THEMES]:
        '- id: chu-de-mau\n  name: "A"\n  description: "A."\n- id: chu-de-mau\n  name: "B"\n  description: "B."\n',
    },
    expected: {
      file: THEMES,
      line: 4,
      field: 'id',
      message: 'mã "chu-de-mau" bị trùng (đã dùng ở dòng 1)',
      fix: 'mỗi mục một mã riêng',
    },
  },
  {
    mistake: 'một trường ghi hai lần',
    write: { [TASK]: VALID_TASK.replace('responsible:', 'title: "Lần hai"\nresponsible:') },
    expected: { file: TASK, line: 6, message: 'một trường được khai báo hai lần' },
  },
  {
    mistake: 'địa chỉ kho mã thiếu https://',
    write: {
      [SITE]: VALID_SITE.replace('repository: null', 'repository: github.com/hoi-ccb/trang-web'),
    },
    expected: {
      file: SITE,
      line: 4,
      field: 'repository',
      message: 'phải là địa chỉ web đầy đủ của kho mã, bắt đầu bằng https://',
    },
  },
  {
    mistake: 'câu chuyện chưa ghi sự đồng ý của người kể',
    write: { [STORY]: VALID_STORY.replace(/ {2}consent:\n(?: {4}.*\n)+/, '') },
    expected: { file: STORY, field: 'rights.consent', message: 'thiếu trường bắt buộc này' },
  },
  {
    mistake: 'thụt lề bằng phím Tab',
    write: { [TARGET]: VALID_TARGET.replace('    label:', '\tlabel:') },
    expected: {
      file: TARGET,
      line: 8,
      message: 'có ký tự Tab dùng để thụt lề',
      fix: 'thay bằng 2 dấu cách',
    },
  },
  {
    mistake: 'dấu hai chấm trong giá trị không có ngoặc kép',
    write: {
      [TASK]: VALID_TASK.replace('title: "Nhiệm vụ mẫu"', 'title: Nhiệm vụ 1: tuyên truyền'),
    },
    expected: {
      file: TASK,
      line: 5,
      message: 'giá trị có dấu hai chấm ":" nhưng không đặt trong ngoặc kép',
      fix: 'title: "Nhiệm vụ 1: tuyên truyền"',
    },
  },
  {
    mistake: 'ngoặc kép cong “…” bao quanh giá trị',
    write: { [TASK]: VALID_TASK.replace('title: "Nhiệm vụ mẫu"', 'title: “Nhiệm vụ mẫu”') },
    expected: { file: TASK, line: 5, message: 'dấu ngoặc kép cong “', fix: 'ngoặc kép thẳng' },
  },
  {
    mistake: 'thiếu ngoặc kép đóng',
    write: { [TASK]: VALID_TASK.replace('title: "Nhiệm vụ mẫu"', 'title: "Nhiệm vụ mẫu') },
    expected: { file: TASK, message: 'thiếu ký tự đóng' },
  },
  {
    mistake: 'tệp có đuôi .md',
    write: { 'content/nhiem-vu/mau/ii-2.md': VALID_TASK.replace('"II.1"', '"II.2"') },
    expected: {
      file: 'content/nhiem-vu/mau/ii-2.md',
      message: 'tệp có đuôi .md nên trang web không đọc',
      fix: 'đổi tên tệp thành "ii-2.mdx"',
    },
  },
  {
    mistake: 'tệp Word đặt vào thư mục nội dung',
    write: { 'content/nhiem-vu/mau/ii-2.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
    expected: {
      file: 'content/nhiem-vu/mau/ii-2.docx',
      message: 'tệp có đuôi .docx',
      fix: 'npm run new',
    },
  },
  {
    mistake: 'tệp nhiệm vụ không nằm trong thư mục của kế hoạch',
    write: { 'content/nhiem-vu/ii-2.mdx': VALID_TASK.replace('"II.1"', '"II.2"') },
    expected: {
      file: 'content/nhiem-vu/ii-2.mdx',
      message: 'tệp nhiệm vụ nằm sai thư mục',
      fix: 'content/nhiem-vu/<thư mục>/<tên tệp>.mdx',
    },
  },
  {
    mistake: 'tệp nội dung nằm ngoài mọi thư mục nội dung',
    write: { 'content/ii-2.mdx': VALID_TASK },
    expected: {
      file: 'content/ii-2.mdx',
      message: 'tệp nằm ngoài các thư mục nội dung',
      fix: 'content/nhiem-vu/ (nhiệm vụ)',
    },
  },
  {
    mistake: 'tên tệp có dấu tiếng Việt và dấu cách',
    write: { 'content/nhiem-vu/mau/Nhiệm vụ 2.mdx': VALID_TASK.replace('"II.1"', '"II.2"') },
    expected: {
      file: 'content/nhiem-vu/mau/Nhiệm vụ 2.mdx',
      message: 'tên tệp hoặc thư mục "Nhiệm vụ 2" có chữ hoa, dấu tiếng Việt, dấu cách',
      fix: 'đổi tên thành "nhiem-vu-2"',
    },
    count: 2,
  },
  {
    mistake: 'chưa chép nguyên văn (phần nội dung trống)',
    write: { [TASK]: VALID_TASK.replace('1\\. Các cấp Hội làm việc mẫu.\n', '') },
    expected: { file: TASK, line: 9, message: 'chưa có nguyên văn nhiệm vụ' },
  },
  {
    mistake: 'chữ gõ ở dạng tổ hợp (NFD)',
    write: { [TASK]: VALID_TASK.replace('Nhiệm vụ mẫu', 'Nhiệm vụ mẫu'.normalize('NFD')) },
    expected: { file: TASK, line: 5, message: 'dạng tổ hợp (NFD)', fix: 'Unicode dựng sẵn' },
  },
  {
    mistake: 'tệp bắt đầu bằng ký tự BOM',
    write: { [TASK]: `\uFEFF${VALID_TASK}` },
    expected: { file: TASK, line: 1, message: 'BOM', fix: 'không BOM' },
  },
  {
    mistake: 'tệp không lưu bằng UTF-8',
    write: { [TASK]: taskInAnotherEncoding() },
    expected: { file: TASK, line: 5, message: 'không được lưu bằng bảng mã UTF-8', fix: '"UTF-8"' },
  },
  {
    mistake: 'tên thẻ gõ sai chữ hoa, chữ thường',
    write: { [TASK]: `${VALID_TASK}chữ<Editornote>ghi chú</Editornote>\n` },
    expected: {
      file: TASK,
      line: 11,
      message: 'thẻ <Editornote> không dùng được',
      fix: '<EditorNote>',
    },
    count: 2,
  },
  {
    mistake: 'chú thích biên tập mở mà không đóng',
    write: { [TASK]: `${VALID_TASK}chữ<EditorNote>ghi chú\n` },
    expected: {
      file: TASK,
      line: 11,
      message: 'thẻ <EditorNote> được mở nhưng không đóng',
      fix: '</EditorNote>',
    },
  },
  {
    mistake: 'số mục "1. " ở đầu đoạn bị biến thành danh sách',
    write: { [TASK]: VALID_TASK.replace('1\\. Các cấp', '1. Các cấp') },
    expected: {
      file: TASK,
      line: 10,
      message: 'bị hiểu thành danh sách đánh số',
      fix: 'viết "1\\. "',
    },
  },
  {
    mistake: 'dấu ngoặc nhọn trong văn bản',
    write: { [TASK]: `${VALID_TASK}Ghi {chú}.\n` },
    expected: { file: TASK, line: 11, message: 'dấu ngoặc nhọn', fix: 'ngoặc tròn' },
  },
];
