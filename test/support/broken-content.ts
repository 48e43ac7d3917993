import {
  VALID_MODEL,
  VALID_PLAN,
  VALID_PROGRESS,
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
  /**
   * The one problem expected (or one of `count`): its file, line (and column for syntax), field,
   * and the exact Vietnamese message; the fix, or a part of it that says what to write.
   */
  expected: {
    file: string;
    line?: number;
    column?: number;
    field?: string;
    message: string;
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
export const MODEL = 'content/mo-hinh/mau.mdx';
export const PROGRESS = 'content/tien-do/mau/ii-1.json';

/** The valid story with `text` as a paragraph at the end of its body: on line 34. */
const storyWith = (text: string) => `${VALID_STORY}\n${text}\n`;
/** The line (1-based) of a valid fixture on which `words` are written. */
const lineOf = (text: string, words: string) =>
  text.split('\n').findIndex((line) => line.includes(words)) + 1;
/** The line storyWith() puts its text on: after the valid story and one blank line. */
const STORY_ADDED_LINE = VALID_STORY.split('\n').length + 1;
/** The valid task with `text` as a paragraph at the end of its body: on line 12. */
const taskWith = (text: string) => `${VALID_TASK}\n${text}\n`;

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
    expected: {
      file: TASK,
      line: 1,
      message: 'tệp không bắt đầu bằng dòng "---" của phần thông tin đầu tệp',
    },
  },
  {
    mistake: 'thiếu dòng "---" đóng phần thông tin',
    write: { [TASK]: VALID_TASK.replace(/---\n\n1/, '\n1') },
    expected: {
      file: TASK,
      line: 1,
      message: 'phần thông tin đầu tệp không có dòng "---" để đóng lại',
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
      message: 'trường này không có trong mẫu nên trang web không dùng được',
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
      message: 'phải viết dạng "dd/mm/yyyy", ví dụ "07/11/2022" (đủ 2 chữ số ngày, 2 chữ số tháng)',
      fix: 'viết ngày dạng "dd/mm/yyyy" trong ngoặc kép',
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
        'không phải ngày có thật, hoặc năm nằm ngoài khoảng 1945–2050: kiểm tra lại ngày, tháng, năm (tháng 2 chỉ có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày)',
      fix: 'kiểm tra ngày đó có thật',
    },
  },
  {
    mistake: 'năm viết trong ngoặc kép',
    write: { [TARGET]: VALID_TARGET.replace('from: 2022', 'from: "2022"') },
    expected: {
      file: TARGET,
      line: 15,
      field: 'measures[0].milestones[0].from',
      message:
        'phải là một năm viết bằng số, ví dụ 2025 (không đặt trong ngoặc kép) (đang là chữ "2022")',
      fix: 'viết số không có ngoặc kép',
    },
  },
  {
    mistake: 'tỷ lệ viết thành chữ "96,4%"',
    write: { [TARGET]: VALID_TARGET.replace('value: 96', 'value: "96,4%"') },
    expected: {
      file: TARGET,
      line: 15,
      field: 'measures[0].milestones[0].value',
      message: 'phải là số (không đặt trong ngoặc kép, không kèm dấu %) (đang là chữ "96,4%")',
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
      fix: 'HUONG-DAN-BIEN-TAP.md, mục 4',
    },
  },
  {
    mistake: 'giá trị không có trong danh sách cho phép',
    write: { [TASK]: VALID_TASK.replace('section: tasks', 'section: task') },
    expected: {
      file: TASK,
      line: 4,
      field: 'section',
      message:
        'chỉ nhận "tasks" (nhiệm vụ, giải pháp) hoặc "implementation" (tổ chức thực hiện) (đang là chữ "task")',
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
      field: 'themes[0]',
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
    mistake: 'đặt tên tệp mô hình giống địa chỉ trang 2 của danh sách',
    write: { 'content/mo-hinh/trang-2.mdx': VALID_MODEL },
    expected: {
      file: 'content/mo-hinh/trang-2.mdx',
      message:
        'tên "trang-2" trùng với địa chỉ một trang của danh sách (/mo-hinh/trang-2/), nên trang của mục này không được đăng',
      fix: 'đổi tên tệp (hoặc thư mục) "trang-2"',
    },
  },
  {
    mistake: 'đặt mã chủ đề giống địa chỉ trang 3 của danh sách',
    write: {
      [THEMES]:
        '- id: chu-de-mau\n  name: "A"\n  description: "A."\n- id: trang-3\n  name: "B"\n  description: "B."\n',
    },
    expected: {
      file: THEMES,
      line: 4,
      field: 'id',
      message: 'mã "trang-3" trùng với địa chỉ một trang của danh sách (/chu-de/trang-3/)',
      fix: 'đặt mã khác',
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
      fix: 'bắt đầu bằng https://',
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
    mistake: 'thụt lề bằng phím Tab giữa các trường thụt sâu hơn',
    write: { [TARGET]: VALID_TARGET.replace('    kind: rate', '\tkind: rate') },
    expected: {
      file: TARGET,
      line: 9,
      message: 'có ký tự Tab dùng để thụt lề',
      fix: 'thẳng hàng với các dòng cùng cấp',
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
      message:
        'giá trị có dấu hai chấm ":" nhưng không đặt trong ngoặc kép, nên YAML hiểu nhầm thành một trường mới',
      fix: 'title: "Nhiệm vụ 1: tuyên truyền"',
    },
  },
  {
    mistake: 'ngoặc kép cong “…” bao quanh giá trị',
    write: { [TASK]: VALID_TASK.replace('title: "Nhiệm vụ mẫu"', 'title: “Nhiệm vụ mẫu”') },
    expected: {
      file: TASK,
      line: 5,
      message:
        'giá trị được đặt trong dấu ngoặc kép cong “…; YAML chỉ hiểu ngoặc kép thẳng ", nên dấu cong bị coi là một phần của chữ',
      fix: 'ngoặc kép thẳng',
    },
  },
  {
    mistake: 'thiếu ngoặc kép đóng',
    write: { [TASK]: VALID_TASK.replace('title: "Nhiệm vụ mẫu"', 'title: "Nhiệm vụ mẫu') },
    expected: {
      file: TASK,
      line: 5,
      message: 'thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
    },
  },
  {
    mistake: 'tệp có đuôi .md',
    write: { 'content/nhiem-vu/mau/ii-2.md': VALID_TASK.replace('"II.1"', '"II.2"') },
    expected: {
      file: 'content/nhiem-vu/mau/ii-2.md',
      message: 'tệp có đuôi .md nên trang web không đọc; tệp nhiệm vụ phải có đuôi .mdx',
      fix: 'đổi tên tệp thành "ii-2.mdx"',
    },
  },
  {
    mistake: 'tệp Word đặt vào thư mục nội dung',
    write: { 'content/nhiem-vu/mau/ii-2.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
    expected: {
      file: 'content/nhiem-vu/mau/ii-2.docx',
      message: 'tệp có đuôi .docx nên trang web không đọc; tệp nhiệm vụ phải có đuôi .mdx',
      fix: 'npm run new',
    },
  },
  {
    mistake: 'tệp số liệu tiến độ (.json) đặt vào thư mục chỉ tiêu',
    write: { 'content/chi-tieu/mau/ii-1.json': VALID_PROGRESS },
    expected: {
      file: 'content/chi-tieu/mau/ii-1.json',
      message:
        'đây là tệp số liệu tiến độ (.json), không phải tệp chỉ tiêu, nên ở thư mục này không được đăng',
      fix: 'tệp này thuộc content/tien-do/mau/ii-1.json: chuyển nó sang đó.',
    },
  },
  {
    mistake: 'tệp nhiệm vụ không nằm trong thư mục của kế hoạch',
    write: { 'content/nhiem-vu/ii-2.mdx': VALID_TASK.replace('"II.1"', '"II.2"') },
    expected: {
      file: 'content/nhiem-vu/ii-2.mdx',
      message: 'tệp nhiệm vụ nằm sai thư mục nên không được đăng',
      fix: 'content/nhiem-vu/<thư mục>/<tên tệp>.mdx',
    },
  },
  {
    mistake: 'tệp nội dung nằm ngoài mọi thư mục nội dung',
    write: { 'content/ii-2.mdx': VALID_TASK },
    expected: {
      file: 'content/ii-2.mdx',
      message: 'tệp nằm ngoài các thư mục nội dung nên không được đăng',
      fix: 'content/nhiem-vu/ (nhiệm vụ)',
    },
  },
  {
    mistake: 'tên tệp có dấu tiếng Việt và dấu cách',
    write: { 'content/nhiem-vu/mau/Nhiệm vụ 2.mdx': VALID_TASK.replace('"II.1"', '"II.2"') },
    expected: {
      file: 'content/nhiem-vu/mau/Nhiệm vụ 2.mdx',
      message:
        'tên tệp hoặc thư mục "Nhiệm vụ 2" có chữ hoa, dấu tiếng Việt, dấu cách hay ký tự khác; tên tệp trở thành địa chỉ trang web nên chỉ được dùng chữ thường không dấu, chữ số và gạch ngang',
      fix: 'đổi tên thành "nhiem-vu-2"',
    },
  },
  {
    mistake: 'tệp JSON có dấu phẩy sau mục cuối',
    write: { [PROGRESS]: VALID_PROGRESS.replace('"Số liệu minh họa"', '"Số liệu minh họa",') },
    expected: {
      file: PROGRESS,
      line: 13,
      column: 39,
      message: 'tệp JSON viết sai cú pháp: có dấu phẩy sau mục cuối cùng của nhóm { }',
      fix: 'xóa dấu phẩy này. JSON không cho phép chú thích (// … hay /* … */) và không có dấu phẩy sau mục cuối cùng của { } hay [ ].',
    },
  },
  {
    mistake: 'tệp JSON có chú thích',
    write: {
      [PROGRESS]: VALID_PROGRESS.replace('"period"', '// số liệu năm 2023\n          "period"'),
    },
    expected: {
      file: PROGRESS,
      line: 8,
      column: 11,
      message: 'tệp JSON viết sai cú pháp: có chú thích (// hoặc /* */), JSON không cho phép',
      fix: 'JSON không cho phép chú thích',
    },
  },
  {
    mistake: 'tệp JSON thiếu dấu phẩy giữa hai trường',
    write: { [PROGRESS]: VALID_PROGRESS.replace('"value": 96.4,', '"value": 96.4') },
    expected: {
      file: PROGRESS,
      line: 9,
      column: 24,
      message:
        'tệp JSON viết sai cú pháp: thiếu dấu phẩy giữa hai mục (hoặc thiếu dấu "}" đóng nhóm)',
      fix: 'thêm dấu phẩy "," ngay sau giá trị này',
    },
  },
  {
    mistake: 'chưa chép nguyên văn (phần nội dung trống)',
    write: { [TASK]: VALID_TASK.replace('1\\. Các cấp Hội làm việc mẫu.\n', '') },
    expected: { file: TASK, line: 9, message: 'chưa có nguyên văn nhiệm vụ' },
  },
  {
    mistake: 'chữ gõ ở dạng tổ hợp (NFD)',
    write: { [TASK]: VALID_TASK.replace('Nhiệm vụ mẫu', 'Nhiệm vụ mẫu'.normalize('NFD')) },
    expected: {
      file: TASK,
      line: 5,
      message:
        'chữ có dấu được gõ ở dạng tổ hợp (NFD): dấu tách rời khỏi chữ, nên tìm kiếm và sắp xếp sẽ sai',
      fix: 'Unicode dựng sẵn',
    },
  },
  {
    mistake: 'tệp bắt đầu bằng ký tự BOM',
    write: { [TASK]: `\uFEFF${VALID_TASK}` },
    expected: { file: TASK, line: 1, message: 'tệp bắt đầu bằng ký tự BOM ẩn', fix: 'không BOM' },
  },
  {
    mistake: 'tệp không lưu bằng UTF-8',
    write: { [TASK]: taskInAnotherEncoding() },
    expected: {
      file: TASK,
      line: 5,
      message:
        'tệp không được lưu bằng bảng mã UTF-8: có chữ không đọc được (thường do lưu từ Word hoặc bảng mã TCVN3, VNI)',
      fix: '"UTF-8"',
    },
  },
  {
    mistake: 'số mục "1. " ở đầu đoạn bị biến thành danh sách',
    write: { [TASK]: VALID_TASK.replace('1\\. Các cấp', '1. Các cấp') },
    expected: {
      file: TASK,
      line: 10,
      message:
        '"1. " ở đầu dòng bị hiểu thành danh sách đánh số (số mục in trong văn bản sẽ mất hoặc bị đánh lại), làm sai nguyên văn',
      fix: 'viết "1\\. "',
    },
  },
  {
    mistake: 'tô đậm trong văn bản chính thức',
    write: { [TASK]: VALID_TASK.replace('làm việc mẫu', '**làm việc mẫu**') },
    expected: {
      file: TASK,
      line: 10,
      message:
        'chữ giữa hai cặp dấu ** hoặc __ bị hiểu thành chữ đậm, mất các dấu đó, làm sai nguyên văn',
      fix: 'không tô đậm',
    },
  },
  // What MDX would misread: text that looks like code.
  {
    mistake: 'dấu "nhỏ hơn" trước con số: xuống <2 vụ',
    write: { [STORY]: storyWith('Số vụ giảm xuống <2 vụ mỗi năm.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 18,
      message: 'dấu "<" ở đây bị MDX hiểu là mở một thẻ ("<2 vụ mỗi nă…")',
      fix: 'viết \\< hoặc &lt; (ví dụ: xuống \\<2 vụ mỗi năm, \\<50%, a\\<b)',
    },
  },
  {
    mistake: 'dấu "nhỏ hơn" trước phần trăm: <50%',
    write: { [STORY]: storyWith('Tỷ lệ hộ nghèo còn <50%.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 20,
      message: 'dấu "<" ở đây bị MDX hiểu là mở một thẻ ("<50%.…")',
      fix: 'viết \\< hoặc &lt;',
    },
  },
  {
    mistake: 'dấu "nhỏ hơn" giữa hai chữ: a<b',
    write: { [STORY]: storyWith('Nếu a<b thì chọn a.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 6,
      message: 'dấu "<" ở đây bị MDX hiểu là mở một thẻ ("<b thì chọn …")',
      fix: 'viết \\< hoặc &lt;',
    },
  },
  {
    mistake: 'ngoặc nhọn quanh chữ: {chú thích}',
    write: { [TASK]: taskWith('Ghi {chú thích}.') },
    expected: {
      file: TASK,
      line: 12,
      column: 5,
      message: 'chữ trong ngoặc nhọn "{chú thích}" bị MDX hiểu là mã lệnh',
      fix: 'viết \\{ và \\} (ví dụ "\\{chú thích\\}"), hoặc dùng ngoặc tròn ( ). Lời chú thích của ban biên tập viết bằng <EditorNote>…</EditorNote>.',
    },
  },
  {
    mistake: 'ngoặc nhọn quanh một chữ: {chú}',
    write: { [TASK]: `${VALID_TASK}Ghi {chú}.\n` },
    expected: {
      file: TASK,
      line: 11,
      column: 5,
      message: 'chữ trong ngoặc nhọn "{chú}" bị MDX hiểu là mã lệnh',
      fix: 'viết \\{ và \\}',
    },
  },
  {
    mistake: 'chú thích HTML <!-- … -->',
    write: { [STORY]: storyWith('<!-- ghi chú cho người biên tập -->') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message: 'chú thích HTML <!-- … --> không dùng được trong MDX',
      fix: 'xóa cả đoạn <!-- … -->',
    },
  },
  {
    mistake: 'địa chỉ trong ngoặc nhọn <https://…>',
    write: { [STORY]: storyWith('Xem <https://example.com/tai-lieu>.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 5,
      message: 'địa chỉ đặt trong ngoặc nhọn <…> không dùng được trong MDX',
      fix: 'viết [chữ hiện ra](https://…)',
    },
  },
  // Code and markup an editor must not be able to publish.
  {
    mistake: 'dòng import trong phần nội dung',
    write: { [STORY]: storyWith("import Bang from '../../src/components/Bang.astro'") },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'dòng "import Bang from \'../../src/components/B…" là mã lệnh JavaScript (import/export); nội dung không được chứa mã lệnh',
      fix: 'xóa dòng này.',
    },
  },
  {
    mistake: 'dòng export chạy mã khi dựng trang',
    write: {
      [STORY]: storyWith(
        "export const probe = process.getBuiltinModule('node:fs').writeFileSync('x', 'y')",
      ),
    },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'dòng "export const probe = process.getBuiltinM…" là mã lệnh JavaScript (import/export); nội dung không được chứa mã lệnh',
      fix: 'xóa dòng này.',
    },
  },
  {
    mistake: 'biểu thức {…} chạy mã khi dựng trang',
    write: { [STORY]: storyWith('Năm {new Date().getFullYear()}.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 5,
      message: 'chữ trong ngoặc nhọn "{new Date().getFullYear()}" bị MDX hiểu là mã lệnh',
      fix: 'viết \\{ và \\}',
    },
  },
  {
    mistake: 'thẻ <script>',
    write: { [STORY]: storyWith('<script src="/_astro/x.js" async />') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'thẻ <script> chạy mã lệnh, nhúng trang khác hoặc đổi cách trang hoạt động; nội dung không được chứa thẻ này',
      fix: 'xóa thẻ <script>.',
    },
  },
  {
    mistake: 'thẻ <meta> chuyển người đọc sang trang khác',
    write: {
      [STORY]: storyWith(
        '<meta http-equiv="refresh" content="0;url=https://example.com" data-x />',
      ),
    },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'thẻ <meta> chạy mã lệnh, nhúng trang khác hoặc đổi cách trang hoạt động; nội dung không được chứa thẻ này',
      fix: 'xóa thẻ <meta>.',
    },
  },
  {
    mistake: 'thẻ <img> có thuộc tính onerror',
    write: { [STORY]: storyWith('<img src=x onerror=alert(1) hidden />') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message: 'thẻ HTML <img> không dùng được trong nội dung',
      fix: 'chèn ảnh dạng ![lời mô tả ảnh](./anh/ten-anh.jpg).',
    },
  },
  {
    mistake: 'thẻ <iframe> nhúng trang khác',
    write: {
      [STORY]: storyWith('<iframe src="https://example.com/video" allowfullscreen />'),
    },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'thẻ <iframe> chạy mã lệnh, nhúng trang khác hoặc đổi cách trang hoạt động; nội dung không được chứa thẻ này',
      fix: 'loại nội dung này không dùng thẻ nào',
    },
  },
  {
    mistake: 'thẻ HTML <b> thay cho chữ đậm',
    write: { [STORY]: storyWith('Ông là <b>người lính</b>.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 8,
      message: 'thẻ HTML <b> không dùng được trong nội dung',
      fix: 'viết chữ đậm bằng hai dấu sao: **chữ đậm**.',
    },
  },
  {
    mistake: 'tên thẻ gõ sai chữ hoa, chữ thường',
    write: { [TASK]: `${VALID_TASK}chữ<Editornote>ghi chú</Editornote>\n` },
    expected: {
      file: TASK,
      line: 11,
      column: 4,
      message: 'thẻ <Editornote> không dùng được ở loại nội dung này',
      fix: 'có phải ý bạn là <EditorNote>? (phân biệt chữ hoa, chữ thường)',
    },
  },
  {
    mistake: 'thẻ không có ở loại nội dung này (chú thích biên tập trong câu chuyện)',
    write: { [STORY]: storyWith('Chữ<EditorNote>ghi chú</EditorNote>.') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 4,
      message: 'thẻ <EditorNote> không dùng được ở loại nội dung này',
      fix: 'loại nội dung này không dùng thẻ nào: chỉ viết chữ và Markdown (xem HUONG-DAN-BIEN-TAP.md).',
    },
  },
  {
    mistake: 'thẻ đóng không khớp thẻ mở',
    write: { [TASK]: `${VALID_TASK}chữ<EditorNote>ghi chú</Editornote>\n` },
    expected: {
      file: TASK,
      line: 11,
      column: 23,
      message: 'thẻ đóng </Editornote> không khớp với thẻ đang mở <EditorNote> (dòng 11)',
      fix: 'viết đúng </EditorNote> (phân biệt chữ hoa, chữ thường)',
    },
  },
  {
    mistake: 'chú thích biên tập mở mà không đóng',
    write: { [TASK]: `${VALID_TASK}chữ<EditorNote>ghi chú\n` },
    expected: {
      file: TASK,
      line: 11,
      column: 4,
      message: 'thẻ <EditorNote> được mở nhưng không đóng trong cùng đoạn văn',
      fix: '</EditorNote>',
    },
  },
  {
    mistake: 'thuộc tính sự kiện (onclick) trên thẻ được phép',
    write: { [TASK]: `${VALID_TASK}chữ<EditorNote onclick="alert(1)">ghi chú</EditorNote>\n` },
    expected: {
      file: TASK,
      line: 11,
      column: 4,
      message:
        'thuộc tính onclick của thẻ <EditorNote> là mã lệnh chạy trong trình duyệt của người đọc',
      fix: 'xóa thuộc tính onclick; viết <EditorNote>…</EditorNote>.',
    },
  },
  {
    mistake: 'giá trị thuộc tính là mã lệnh {…}',
    write: { [PLAN]: VALID_PLAN.replace('<Task id="mau/ii-1" />', '<Task id={"mau/ii-1"} />') },
    expected: {
      file: PLAN,
      line: lineOf(VALID_PLAN, '<Task id='),
      column: 1,
      message:
        'thuộc tính "id={"mau/ii-1"}" của thẻ <Task> là mã lệnh; giá trị phải là chữ trong ngoặc kép',
      fix: 'viết id="…" (mã nhiệm vụ, ví dụ "lao-cai-03-kh-ccb/iii-1").',
    },
  },
  {
    mistake: 'giá trị thuộc tính không có ngoặc kép',
    write: { [PLAN]: VALID_PLAN.replace('<Task id="mau/ii-1" />', '<Task id=mau/ii-1 />') },
    expected: {
      file: PLAN,
      line: lineOf(VALID_PLAN, '<Task id='),
      column: 1,
      message:
        'thẻ <Task> viết sai: giá trị thuộc tính phải đặt trong ngoặc kép thẳng "…", và thẻ đóng bằng ">" hoặc "/>"',
      fix: 'viết <Task id="…" />.',
    },
  },
  {
    mistake: 'thuộc tính gõ sai tên',
    write: { [PLAN]: VALID_PLAN.replace('<Heading number="II">', '<Heading numbr="II">') },
    expected: {
      file: PLAN,
      line: lineOf(VALID_PLAN, '<Heading number="II">'),
      column: 1,
      message: 'thẻ <Heading> không có thuộc tính "numbr"',
      fix: 'có phải ý bạn là number="…"? Viết <Heading number="…">…</Heading>.',
    },
  },
  {
    mistake: 'đề mục thiếu số mục',
    write: { [PLAN]: VALID_PLAN.replace('<Heading number="II">', '<Heading>') },
    expected: {
      file: PLAN,
      line: lineOf(VALID_PLAN, '<Heading number="II">'),
      column: 1,
      message: 'thẻ <Heading> thiếu thuộc tính number',
      fix: 'viết <Heading number="…">…</Heading> (number: số mục, ví dụ "II.1").',
    },
  },
  {
    mistake: 'chữ viết bên trong thẻ đặt chỗ nhiệm vụ',
    write: {
      [PLAN]: VALID_PLAN.replace('<Task id="mau/ii-1" />', '<Task id="mau/ii-1">Nhiệm vụ</Task>'),
    },
    expected: {
      file: PLAN,
      line: lineOf(VALID_PLAN, '<Task id='),
      column: 1,
      message: 'thẻ <Task> đứng một mình, không bọc chữ: chữ viết bên trong sẽ không hiện ra',
      fix: 'viết <Task id="…" /> (tự đóng bằng "/>")',
    },
  },
  {
    mistake: 'liên kết javascript:',
    write: { [STORY]: storyWith('[tải phiếu](javascript:void(0))') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'địa chỉ "javascript:void(0)" là mã lệnh chạy trong trình duyệt của người đọc, không phải một trang',
      fix: 'xóa liên kết này',
    },
  },
  {
    mistake: 'liên kết bắt đầu bằng // ra trang khác',
    write: { [STORY]: storyWith('[trang](//example.com/trang)') },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'địa chỉ "//example.com/trang" bắt đầu bằng "//" nên trỏ ra một trang web khác mà không ghi rõ',
      fix: 'bắt đầu bằng https://',
    },
  },
  {
    mistake: 'ảnh dán từ Google Docs (data: URI), không có lời mô tả',
    write: { [STORY]: storyWith(`![](data:image/png;base64,${'iVBORw0KGgo'.repeat(3000)})`) },
    expected: {
      file: STORY,
      line: STORY_ADDED_LINE,
      column: 1,
      message:
        'địa chỉ "data:…" nhúng cả một tệp vào trang (thường do dán ảnh từ Word, Google Docs); trang không nhận loại địa chỉ này',
      fix: 'lưu tệp thành tệp riêng trong thư mục nội dung (ảnh: thư mục anh/)',
    },
  },
  {
    mistake: 'ảnh không có lời mô tả',
    write: { [MODEL]: `${VALID_MODEL}\n![](./anh/mau.png)\n` },
    expected: {
      file: MODEL,
      line: VALID_MODEL.split('\n').length + 1,
      column: 1,
      message: 'ảnh không có lời mô tả (alt) cho người không nhìn thấy ảnh',
      fix: 'viết lời mô tả trong ngoặc vuông',
    },
  },
  {
    mistake: 'ảnh lấy từ trang web khác',
    write: { [MODEL]: `${VALID_MODEL}\n![Vườn cam](https://example.com/cam.jpg)\n` },
    expected: {
      file: MODEL,
      line: VALID_MODEL.split('\n').length + 1,
      column: 1,
      message:
        'ảnh lấy từ trang web khác ("https://example.com/cam.jpg"): trang không tải gì từ nơi khác',
      fix: 'lưu vào thư mục anh/ cạnh tệp nội dung',
    },
  },
  {
    mistake: 'ảnh trỏ tới tệp không có',
    write: { [MODEL]: `${VALID_MODEL}\n![Vườn cam](./anh/khong-co.png)\n` },
    expected: {
      file: MODEL,
      line: VALID_MODEL.split('\n').length + 1,
      column: 1,
      message:
        'không tìm thấy tệp ảnh này; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và thư mục: "./anh/khong-co.png"',
      fix: 'kiểm tra tên tệp ảnh',
    },
  },
  {
    mistake: 'ảnh ở phần thông tin là ảnh dán (data: URI)',
    write: {
      [MODEL]: VALID_MODEL.replace('"./anh/mau.png"', '"data:image/png;base64,iVBORw0KGgo"'),
    },
    expected: {
      file: MODEL,
      line: lineOf(VALID_MODEL, '"./anh/mau.png"'),
      field: 'photos[0].src',
      message:
        'địa chỉ "data:…" nhúng cả một tệp vào trang (thường do dán ảnh từ Word, Google Docs); trang không nhận loại địa chỉ này',
      fix: 'lưu tệp thành tệp riêng trong thư mục nội dung',
    },
  },
  {
    mistake: 'địa chỉ nguồn ở phần thông tin là javascript:',
    write: {
      [MODEL]: VALID_MODEL.replace(
        '  - title: "Nguồn mẫu"',
        '  - title: "Nguồn mẫu"\n    url: "javascript:alert(1)"',
      ),
    },
    expected: {
      file: MODEL,
      line: lineOf(VALID_MODEL, '- title: "Nguồn mẫu"') + 1,
      field: 'sources[0].url',
      message: 'phải là địa chỉ web đầy đủ, bắt đầu bằng https://',
      fix: 'bắt đầu bằng https://',
    },
  },
];
