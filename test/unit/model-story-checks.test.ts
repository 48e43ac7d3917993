import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/content-check/index.ts';
import {
  problemsAfter,
  VALID_MODEL,
  VALID_PLAN,
  VALID_SOURCE,
  VALID_STORY,
  VALID_TASK,
} from '../support/content-fixture.ts';

const MODEL = 'content/mo-hinh/mau.mdx';
const STORY = 'content/cau-chuyen/mau.mdx';
const PLAN = 'content/ke-hoach/mau.mdx';

const withoutBlock = (text: string, start: string, end: string) =>
  text.slice(0, text.indexOf(start)) + text.slice(text.indexOf(end));

describe('checking "Dân vận khéo" models and veterans\' stories', () => {
  it('accepts the valid model and story', () => {
    expect(problemsAfter({})).toEqual([]);
  });

  it('refuses a story without rights, naming consent and licence in Vietnamese', () => {
    const problems = problemsAfter({ [STORY]: withoutBlock(VALID_STORY, 'rights:', 'tasks:') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: STORY,
      field: 'rights',
      message: 'thiếu trường bắt buộc này',
    });
    const report = formatReport(problems);
    expect(report).toContain('sự đồng ý và giấy phép — thiếu thì câu chuyện không được đăng');
  });

  it('refuses a story whose rights have a licence but no consent, or consent but no licence', () => {
    const noConsent = problemsAfter({
      [STORY]: withoutBlock(VALID_STORY, '  consent:', '  licence:'),
    });
    expect(noConsent.map((p) => p.field)).toEqual(['rights.consent']);
    expect(noConsent[0]!.fieldLabel).toContain('ai đồng ý, cho việc gì, ngày nào');
    const noLicence = problemsAfter({
      [STORY]: VALID_STORY.replace('  licence: "CC BY 4.0"\n', ''),
    });
    expect(noLicence.map((p) => p.field)).toEqual(['rights.licence']);
  });

  it('refuses consent dated after publication', () => {
    const [problem, ...rest] = problemsAfter({
      [STORY]: VALID_STORY.replace('    date: "01/10/2026"', '    date: "05/11/2026"'),
    });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: STORY, field: 'rights.consent.date' });
    expect(problem!.message).toContain('ngày đồng ý sau ngày đăng');
  });

  it('names the four fields when a model has an unknown field value', () => {
    const [problem, ...rest] = problemsAfter({
      [MODEL]: VALID_MODEL.replace('field: kinh-te', 'field: kinh-te-xa-hoi'),
    });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: MODEL, line: 6, field: 'field', fieldLabel: 'lĩnh vực' });
    for (const name of [
      '"kinh-te" (Kinh tế)',
      '"van-hoa-xa-hoi" (Văn hóa – xã hội)',
      '"quoc-phong-an-ninh"',
      '"xay-dung-he-thong-chinh-tri"',
    ]) {
      expect(problem!.message).toContain(name);
    }
  });

  it('catches a model or story linking to a task or target that does not exist, suggesting the right id', () => {
    const problems = problemsAfter({
      [MODEL]: VALID_MODEL.replace('tasks: [mau/ii-1]', 'tasks: [mau/ii-9]').replace(
        'targets: [mau/ii-1]',
        'targets: [mau/iii-1]',
      ),
      [STORY]: VALID_STORY.replace('tasks: [mau/ii-1]', 'tasks: [khac/ii-1]'),
    });
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [MODEL, 'tasks[0]', 'không có nhiệm vụ nào mang mã "mau/ii-9"'],
      [STORY, 'tasks[0]', 'không có nhiệm vụ nào mang mã "khac/ii-1"'],
      [MODEL, 'targets[0]', 'không có chỉ tiêu nào mang mã "mau/iii-1"'],
    ]);
    expect(problems.map((p) => p.place)).toEqual([
      'nhiệm vụ thứ 1',
      'nhiệm vụ thứ 1',
      'chỉ tiêu thứ 1',
    ]);
    expect(problems[0]!.fix).toBe('có phải ý bạn là "mau/ii-1"?');
  });

  it('refuses a photo without alt text, and a photo file that is not there', () => {
    const noAlt = problemsAfter({
      [MODEL]: VALID_MODEL.replace('    alt: "Ảnh mẫu: hội viên chăm vườn cây."\n', ''),
    });
    expect(noAlt).toHaveLength(1);
    expect(noAlt[0]).toMatchObject({
      file: MODEL,
      field: 'photos[0].alt',
      fieldLabel: 'lời mô tả ảnh (alt)',
      message: 'thiếu trường bắt buộc này',
    });
    const missingFile = problemsAfter({
      [MODEL]: VALID_MODEL.replace('./anh/mau.png', './anh/khong-co.png'),
    });
    expect(missingFile[0]).toMatchObject({ field: 'photos[0].src' });
    expect(missingFile[0]!.message).toContain('không tìm thấy tệp ảnh');
  });

  it('ties a model to the unit as it was in the year it started', () => {
    const units =
      '- id: mau\n  name: "tỉnh Mẫu"\n  level: province\n- id: xa-mau\n  name: "xã Mẫu"\n  level: commune\n  parent: mau\n  validFrom: "01/07/2025"\n';
    const [problem, ...rest] = problemsAfter({ 'content/don-vi.yaml': units });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: MODEL, field: 'unit' });
    expect(problem!.message).toContain('không tồn tại vào năm 2024');
  });

  it('asks a story to serve a task on educating the young generation, once the plans have one', () => {
    const youthTask = VALID_TASK.replace('number: "II.1"', 'number: "II.2"').replace(
      'themes: [chu-de-mau]',
      'themes: [giao-duc-the-he-tre]',
    );
    const changes = {
      [PLAN]: VALID_PLAN.replace(
        '<Task id="mau/ii-1" />',
        '<Task id="mau/ii-1" />\n\n<Task id="mau/ii-2" />',
      ),
      'content/nhiem-vu/mau/ii-2.mdx': youthTask,
      // The new task's words are the original's, after those of the first task.
      'content/ke-hoach/nguon/mau.txt': VALID_SOURCE.replace(
        'làm việc mẫu.',
        'làm việc mẫu.\n1. Các cấp Hội làm việc mẫu.',
      ),
    };
    const problems = problemsAfter(changes);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [
        STORY,
        'tasks',
        'câu chuyện chưa gắn với nhiệm vụ nào về giáo dục thế hệ trẻ của kế hoạch tỉnh mình',
      ],
    ]);
    expect(problems[0]!.fix).toContain('mau/ii-2');
    expect(
      problemsAfter({
        ...changes,
        [STORY]: VALID_STORY.replace('tasks: [mau/ii-1]', 'tasks: [mau/ii-2]'),
      }),
    ).toEqual([]);
  });

  it("links a story to its own province's plan, or makes it say why it links another's", () => {
    const otherProvince = {
      'content/don-vi.yaml':
        '- id: mau\n  name: "tỉnh Mẫu"\n  level: province\n- id: xa-mau\n  name: "xã Mẫu"\n  level: commune\n  parent: mau\n- id: khac\n  name: "tỉnh Khác"\n  level: province\n',
      [STORY]: VALID_STORY.replace('province: mau', 'province: khac'),
    };
    const problems = problemsAfter(otherProvince);
    expect(problems.map((p) => [p.file, p.field])).toEqual([[STORY, 'tasks']]);
    expect(problems[0]!.message).toContain('gắn với nhiệm vụ của kế hoạch tỉnh khác: mau/ii-1');
    expect(problems[0]!.fix).toContain('tasksNote');
    expect(
      problemsAfter({
        ...otherProvince,
        [STORY]: otherProvince[STORY].replace(
          'tasks: [mau/ii-1]',
          'tasks: [mau/ii-1]\ntasksNote: "Tỉnh Khác chưa có kế hoạch nào trên trang."',
        ),
      }),
    ).toEqual([]);
  });

  it('asks for the years a model worked effectively and was replicated, in order', () => {
    const withoutYear = problemsAfter({
      [MODEL]: VALID_MODEL.replace('yearEffective: 2024\n', ''),
    });
    expect(withoutYear.map((p) => [p.field, p.message])).toEqual([
      [
        'status',
        'tình trạng cho thấy mô hình đã hoạt động có hiệu quả nhưng chưa ghi năm (yearEffective)',
      ],
    ]);
    const replicated = VALID_MODEL.replace('status: recognised', 'status: replicated');
    expect(problemsAfter({ [MODEL]: replicated }).map((p) => p.message)).toEqual([
      'mô hình được nhân rộng nhưng chưa ghi năm được nhân rộng (yearReplicated)',
    ]);
    expect(
      problemsAfter({
        [MODEL]: replicated.replace(
          'yearEffective: 2024',
          'yearEffective: 2024\nyearReplicated: 2023',
        ),
      }).map((p) => p.message),
    ).toEqual(['năm được nhân rộng (2023) trước năm hoạt động có hiệu quả (2024)']);
    expect(
      problemsAfter({
        [MODEL]: replicated.replace(
          'yearEffective: 2024',
          'yearEffective: 2024\nyearReplicated: 2025',
        ),
      }),
    ).toEqual([]);
  });

  it('never lets a sample model borrow a real body or a real-looking decision number', () => {
    const realBody = problemsAfter({
      [MODEL]: VALID_MODEL.replace('"Một cơ quan cấp xã (minh họa)"', '"Ban Dân vận Huyện ủy Mẫu"'),
    });
    expect(realBody.map((p) => p.field)).toEqual(['recognition[0].body']);
    expect(realBody[0]!.message).toContain('không được mượn tên cơ quan có thật');
    const decision = problemsAfter({
      [MODEL]: VALID_MODEL.replace(
        '(minh họa)", year: 2025 }',
        '(minh họa)", decision: "MH-01/QĐ (số minh họa)", year: 2025 }',
      ),
    });
    expect(decision.map((p) => p.field)).toEqual(['recognition[0].decision']);
    const award = problemsAfter({
      [MODEL]: VALID_MODEL.replace(
        'sources:',
        'awards:\n  - { title: "Bằng khen", body: "Hội Cựu chiến binh tỉnh Mẫu", year: 2025 }\nsources:',
      ),
    });
    expect(award.map((p) => p.field)).toEqual(['awards[0].body']);
    // A real record may name the real body and its decision.
    expect(
      problemsAfter({
        [MODEL]: VALID_MODEL.replace(
          '"Một cơ quan cấp xã (minh họa)", year: 2025 }',
          '"Ban Dân vận Huyện ủy Mẫu", decision: "12-QĐ/BDVHU", year: 2025 }',
        ).replace('sample: true', 'sample: false'),
      }),
    ).toEqual([]);
  });

  it('asks for the recognition behind a "recognised" status', () => {
    const problems = problemsAfter({
      [MODEL]: withoutBlock(VALID_MODEL, 'recognition:', 'photos:'),
    });
    expect(problems.map((p) => p.field)).toEqual(['status']);
  });
});
