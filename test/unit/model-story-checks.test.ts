import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/content-check/index.ts';
import {
  problemsAfter,
  VALID_MODEL,
  VALID_PLAN,
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
      [MODEL, 'tasks.0', 'không có nhiệm vụ nào mang mã "mau/ii-9"'],
      [STORY, 'tasks.0', 'không có nhiệm vụ nào mang mã "khac/ii-1"'],
      [MODEL, 'targets.0', 'không có chỉ tiêu nào mang mã "mau/iii-1"'],
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
    };
    const problems = problemsAfter(changes);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [STORY, 'tasks', 'câu chuyện chưa gắn với nhiệm vụ nào về giáo dục thế hệ trẻ'],
    ]);
    expect(problems[0]!.fix).toContain('mau/ii-2');
    expect(
      problemsAfter({
        ...changes,
        [STORY]: VALID_STORY.replace('tasks: [mau/ii-1]', 'tasks: [mau/ii-2]'),
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
