import { describe, expect, it } from 'vitest';
import { checkContent, formatReport, type Problem } from '../../src/content-check/index.ts';
import {
  makeContentFixture,
  VALID_PLAN,
  VALID_TARGET,
  VALID_TASK,
} from '../support/content-fixture.ts';

const TASK = 'content/nhiem-vu/mau/ii-1.mdx';
const TARGET = 'content/chi-tieu/mau/ii-1.mdx';
const PLAN = 'content/ke-hoach/mau.mdx';

function problemsAfter(changes: Record<string, string>): Problem[] {
  const fixture = makeContentFixture();
  for (const [path, text] of Object.entries(changes)) fixture.write(path, text);
  return checkContent(fixture.root);
}

describe('content checker', () => {
  it('accepts the valid fixture and the real content', () => {
    expect(problemsAfter({})).toEqual([]);
    expect(checkContent(process.cwd())).toEqual([]);
  });

  it('names the file, line and field of a misspelt field and suggests the right one', () => {
    const [problem, ...rest] = problemsAfter({ [TASK]: VALID_TASK.replace('title:', 'titel:') });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: TASK, line: 5, field: 'titel' });
    expect(problem!.fix).toContain('"title"');
  });

  it('reports a missing closing fence in Vietnamese', () => {
    const problems = problemsAfter({ [TASK]: VALID_TASK.replace(/---\n\n1/, '\n1') });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('không có dòng "---" để đóng lại');
  });

  it('explains a tab used for indentation, with its line', () => {
    const problems = problemsAfter({ [TARGET]: VALID_TARGET.replace('    label:', '\tlabel:') });
    expect(problems[0]).toMatchObject({ file: TARGET, line: 8 });
    expect(problems[0]!.message).toContain('Tab');
  });

  it('rejects impossible values: a rate over 100, a year 2202, a date that does not exist', () => {
    const problems = problemsAfter({
      [TARGET]: VALID_TARGET.replace('value: 96', 'value: 140').replace('to: 2025', 'to: 2202'),
      [PLAN]: VALID_PLAN.replace('"07/11/2022"', '"31/02/2022"'),
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field ?? '', p]));
    expect(byField['measures[0].milestones[0].value']!.message).toBe(
      'tỷ lệ không thể vượt quá 100',
    );
    expect(byField['measures[0].milestones[0].to']!.message).toContain('không được sau năm 2050');
    expect(byField['issued']).toMatchObject({ file: PLAN, line: 4, fieldLabel: 'ngày ban hành' });
  });

  it('tells how to write a percentage typed as text', () => {
    const [problem] = problemsAfter({
      [TARGET]: VALID_TARGET.replace('value: 96', 'value: "96,4%"'),
    });
    expect(problem!.fix).toContain('96.4');
  });

  it('catches broken cross-references and suggests the closest id', () => {
    const problems = problemsAfter({ [TASK]: VALID_TASK.replace('[chu-de-mau]', '[chu-de-ma]') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: TASK, field: 'themes.0' });
    expect(problems[0]!.fix).toContain('"chu-de-mau"');
  });

  it('requires every task to be placed in its plan exactly once', () => {
    const problems = problemsAfter({ [PLAN]: VALID_PLAN.replace('<Task id="mau/ii-1" />', '') });
    expect(problems.map((p) => p.message)).toEqual([
      'nhiệm vụ "mau/ii-1" chưa được đặt vào văn bản kế hoạch',
    ]);
  });

  it('rejects unknown components and unclosed editor notes in a body', () => {
    const problems = problemsAfter({ [TASK]: `${VALID_TASK}\n<Editornote>ghi chú\n` });
    expect(problems.map((p) => p.fix ?? '')).toContainEqual(
      expect.stringContaining('<EditorNote>'),
    );
    const unclosed = problemsAfter({ [TASK]: `${VALID_TASK}chữ<EditorNote>ghi chú\n` });
    expect(unclosed[0]!.message).toContain('được mở nhưng không đóng');
  });

  it('rejects duplicate ids and section numbers', () => {
    const problems = problemsAfter({
      'content/chu-de.yaml':
        '- id: chu-de-mau\n  name: "A"\n  description: "A."\n- id: chu-de-mau\n  name: "B"\n  description: "B."\n',
      [TARGET]: VALID_TARGET.replace('number: "I.1"', 'number: "II.1"'),
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('mã "chu-de-mau" bị trùng'),
        expect.stringContaining('số mục "II.1" đã dùng'),
      ]),
    );
  });

  it('rejects decomposed (NFD) Vietnamese text', () => {
    const problems = problemsAfter({
      [TASK]: VALID_TASK.replace('Nhiệm vụ mẫu', 'Nhiệm vụ mẫu'.normalize('NFD')),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: TASK, line: 5 });
  });

  it('lists every problem at once, by file, in Vietnamese', () => {
    const report = formatReport(
      problemsAfter({
        [TASK]: VALID_TASK.replace('section: tasks', 'section: task'),
        [TARGET]: VALID_TARGET.replace('kind: rate', 'kind: percent'),
      }),
    );
    expect(report).toMatch(/^Nội dung có 2 lỗi trong 2 tệp\./);
    expect(report).toContain(`${TASK}, dòng 4 — trường "section" (phần của kế hoạch)`);
    expect(report).toContain('có phải ý bạn là "tasks"?');
    expect(report).toContain(`${TARGET}, dòng 9 — trường "measures[0].kind" (loại thước đo)`);
  });
});
