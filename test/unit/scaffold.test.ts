import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/content-types.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { contentReaderAt, scaffolds, TODO_MARK, type Answers } from '../../src/scaffold/index.ts';
import { makeContentFixture } from '../support/content-fixture.ts';
import { fillIn } from '../support/fill-in.ts';

/** Answers as an editor would give them, for a plan "mau" of the fixture. */
const ANSWERS: Record<keyof typeof scaffolds, Answers> = {
  plans: {
    province: 'mau',
    number: '05/KH-CCB',
    issued: '15/03/2026',
    issuer: 'Hội Cựu chiến binh tỉnh Mẫu',
    title: 'thực hiện Kết luận số 1-KL/TW',
    docType: 'Kế hoạch',
    place: 'Mẫu Sơn',
    from: '2026',
    to: '2030',
  },
  tasks: {
    plan: 'mau',
    number: 'II.2',
    title: 'Đẩy mạnh chuyển đổi số: ứng dụng “Sổ tay hội viên”',
    themes: 'chu-de-mau',
    section: 'tasks',
    responsible: 'Các cấp Hội; Văn phòng',
  },
  targets: {
    plan: 'mau',
    number: 'I.2',
    title: 'Tỷ lệ hội viên dùng ứng dụng',
    themes: 'chu-de-mau',
  },
  models: {
    title: 'Tổ hợp tác nuôi ong “Đồng Tâm”',
    unit: 'xa-mau',
    field: 'kinh-te',
    tasks: 'mau/ii-1',
    published: '01/11/2026',
  },
  stories: {
    title: 'Cột mốc và lớp học của ông',
    themes: 'giao-duc-the-he-tre',
    ageBands: 'thcs, thpt',
    tasks: 'mau/ii-1',
    published: '01/11/2026',
  },
  units: { title: 'xã Đồng Tâm', level: 'commune', parent: 'mau', id: 'dong-tam' },
  progress: { target: 'mau/ii-1', measure: 'ty-le', unit: 'mau', period: '2024' },
};

/** The fixture's content as `npm run new` reads it, for templates that add to existing files. */
const contentOf = (root: string) => contentReaderAt(join(root, 'content'));
const fixtureContent = contentOf(makeContentFixture().root);
/** The first answer to the progress questions that `npm run new` refuses, checked in order as it does. */
const progressProblem = (answers: Answers, root = makeContentFixture().root) => {
  const content = contentOf(root);
  for (const q of scaffolds.progress.questions) {
    const problem = q.validate?.(
      answers[q.key] || q.fallback?.(answers, content) || '',
      answers,
      content,
    );
    if (problem) return problem;
  }
  return undefined;
};

describe('npm run new templates', () => {
  it('exist for every content type an editor adds (all but the controlled theme list)', () => {
    const missing = Object.keys(contentTypes).filter(
      (name) => name !== 'themes' && !(name in scaffolds),
    );
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(scaffolds).filter(([name]) => name !== 'progress'))(
    '%s: file named from the answers, every field explained in a Vietnamese comment',
    (name, scaffold) => {
      const output = scaffold.build(ANSWERS[name as keyof typeof scaffolds], fixtureContent);
      const lines = output.text.split('\n');
      const fieldLines = lines
        .map((line, i) => [line, i] as const)
        .filter(
          ([line]) =>
            /^\s*(?:- )?[a-zA-Z]+:/.test(line) &&
            !/^\s+(?:from|to|value|mode|comparator):/.test(line),
        );
      for (const [line, i] of fieldLines.filter(([l]) => /^[a-zA-Z]+:|^- id:/.test(l))) {
        expect(lines[i - 1], `comment before "${line}"`).toMatch(/^\s*#\s+\S/);
      }
      expect(output.path).toMatch(/^[a-z0-9/-]+\.(mdx|yaml)$/);
    },
  );

  it('names files the way the site expects', () => {
    expect(scaffolds.plans.build(ANSWERS.plans, fixtureContent).path).toBe(
      'ke-hoach/mau-05-kh-ccb.mdx',
    );
    expect(scaffolds.tasks.build(ANSWERS.tasks, fixtureContent).path).toBe('nhiem-vu/mau/ii-2.mdx');
    expect(scaffolds.targets.build(ANSWERS.targets, fixtureContent).path).toBe(
      'chi-tieu/mau/i-2.mdx',
    );
    expect(scaffolds.units.build(ANSWERS.units, fixtureContent).path).toBe('don-vi.yaml');
    expect(scaffolds.models.build(ANSWERS.models, fixtureContent).path).toBe(
      'mo-hinh/to-hop-tac-nuoi-ong-dong-tam.mdx',
    );
    expect(scaffolds.stories.build(ANSWERS.stories, fixtureContent).path).toBe(
      'cau-chuyen/cot-moc-va-lop-hoc-cua-ong.mdx',
    );
    expect(scaffolds.progress.build(ANSWERS.progress, fixtureContent)).toMatchObject({
      path: 'tien-do/mau/ii-1.json',
      mode: 'update',
    });
  });

  it('progress: the new point is added to the target’s file, and every one of its fields is explained in the terminal', () => {
    const output = scaffolds.progress.build(ANSWERS.progress, fixtureContent);
    const series = (JSON.parse(output.text) as { series: { points: Record<string, unknown>[] }[] })
      .series[0]!;
    expect(series.points.map((p) => p.period)).toEqual(['2023', '2024']);
    const point = series.points[1]!;
    const explained = output.explain!.join('\n');
    for (const key of [...Object.keys(point), ...Object.keys(point.source as object)])
      expect(explained, key).toContain(`"${key}"`);
    expect(explained).toContain('Tỷ lệ mẫu');
    // The target's series still holds sample figures: the editor is told to remove them.
    expect(output.next.join('\n')).toContain('"sample": true');
  });

  it('progress: a target with no figures yet gets its file, refused only for what is left to fill in, once per value', () => {
    const fixture = makeContentFixture();
    const target = scaffolds.targets.build(ANSWERS.targets, fixtureContent);
    fixture.write(`content/${target.path}`, fillIn(target.text));
    const answers = { target: 'mau/i-2', measure: '', unit: 'mau', period: '2026' };
    answers.measure = scaffolds.progress.questions[1]!.fallback!(answers, contentOf(fixture.root));
    expect(progressProblem(answers, fixture.root)).toBeUndefined();
    const output = scaffolds.progress.build(answers, contentOf(fixture.root));
    expect(output).toMatchObject({ path: 'tien-do/mau/i-2.json', mode: 'create' });
    fixture.write(`content/${output.path}`, output.text);
    const problems = checkContent(fixture.root).filter((p) => p.file.endsWith(output.path));
    const placeholders = output.text.split('\n').filter((line) => line.includes(TODO_MARK));
    expect(problems.map((p) => p.message.includes(TODO_MARK))).toEqual(
      placeholders.map(() => true),
    );
  });

  it('progress: answers that do not fit the content are refused with what to do', () => {
    const ok = ANSWERS.progress;
    expect(progressProblem(ok)).toBeUndefined();
    expect(progressProblem({ ...ok, target: 'mau/ii-2' })).toContain('có phải ý bạn là "mau/ii-1"');
    expect(progressProblem({ ...ok, measure: 'ty-lee' })).toContain('có phải ý bạn là "ty-le"');
    expect(progressProblem({ ...ok, unit: 'xa-mao' })).toContain('có phải ý bạn là "xa-mau"');
    expect(progressProblem({ ...ok, period: '2023' })).toContain('đã có số liệu 2023');
    expect(progressProblem({ ...ok, period: '2024/6' })).toContain('"2026-H1" (6 tháng đầu)');
    expect(progressProblem({ ...ok, period: '2031' })).toContain(
      'ngoài thời kỳ của kế hoạch (2022–2030)',
    );
    const fixture = makeContentFixture();
    fixture.write(
      'content/don-vi.yaml',
      '- id: mau\n  name: "tỉnh Mẫu"\n  level: province\n  validTo: "30/06/2025"\n  successors: [moi]\n- id: moi\n  name: "tỉnh Mới"\n  level: province\n  validFrom: "01/07/2025"\n',
    );
    expect(progressProblem({ ...ok, period: '2025' }, fixture.root)).toContain(
      'đơn vị kế thừa (moi)',
    );
    expect(progressProblem({ ...ok, unit: 'moi', period: '2025-H1' }, fixture.root)).toContain(
      'bắt đầu từ 01/07/2025',
    );
  });

  it('progress: without --period, the period after the series’ last one is proposed', () => {
    const fallback = scaffolds.progress.questions.find((q) => q.key === 'period')!.fallback!;
    expect(fallback(ANSWERS.progress, fixtureContent)).toBe('2024');
  });

  it('an unfilled new plan is refused only for what is left to fill in', () => {
    const fixture = makeContentFixture();
    const output = scaffolds.plans.build(ANSWERS.plans, fixtureContent);
    fixture.write(`content/${output.path}`, output.text);
    fixture.write(`content/${output.copySourceTo}`, 'Văn bản gốc.\n');
    const problems = checkContent(fixture.root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.message.includes(TODO_MARK))).toEqual([]);
  });

  it('a new file that is not filled in yet is refused, pointing at each place to fill', () => {
    const fixture = makeContentFixture();
    fixture.write(
      `content/${scaffolds.tasks.build(ANSWERS.tasks, fixtureContent).path}`,
      scaffolds.tasks.build(ANSWERS.tasks, fixtureContent).text,
    );
    const problems = checkContent(fixture.root);
    expect(problems.filter((p) => p.message.includes(TODO_MARK))).toHaveLength(1);
  });

  it('filled-in files of every type pass the checker', () => {
    const fixture = makeContentFixture();
    for (const [name, scaffold] of Object.entries(scaffolds)) {
      const output = scaffold.build(
        ANSWERS[name as keyof typeof scaffolds],
        contentOf(fixture.root),
      );
      const path = join('content', output.path);
      const before = output.mode === 'append' ? readFileSync(join(fixture.root, path), 'utf8') : '';
      fixture.write(path, before + fillIn(output.text));
    }
    fixture.write('content/ke-hoach/nguon/mau-05-kh-ccb.txt', 'Văn bản gốc.\n');
    // The editor places the new task and target in the plan, as the printed next steps say.
    const plan = readFileSync(join(fixture.root, 'content/ke-hoach/mau.mdx'), 'utf8');
    fixture.write(
      'content/ke-hoach/mau.mdx',
      plan
        .replace('<Task id="mau/ii-1" />', '<Task id="mau/ii-1" />\n\n<Task id="mau/ii-2" />')
        .replace('<Target id="mau/ii-1" />', '<Target id="mau/ii-1" />\n\n<Target id="mau/i-2" />'),
    );
    expect(checkContent(fixture.root)).toEqual([]);
  });
});
