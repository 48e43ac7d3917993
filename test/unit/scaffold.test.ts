import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/content-types.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { scaffolds, TODO_MARK, type Answers } from '../../src/lib/scaffold/index.ts';
import { makeContentFixture } from '../support/content-fixture.ts';
import { fillIn } from '../support/fill-in.ts';

/** Answers as an editor would give them, for a plan "mau" of the fixture. */
const ANSWERS: Record<keyof typeof scaffolds, Answers> = {
  plans: { province: 'mau', number: '05/KH-CCB', issued: '15/03/2026', issuer: 'Hội Cựu chiến binh tỉnh Mẫu', title: 'thực hiện Kết luận số 1-KL/TW', docType: 'Kế hoạch', place: 'Mẫu Sơn', from: '2026', to: '2030' },
  tasks: { plan: 'mau', number: 'II.2', title: 'Đẩy mạnh chuyển đổi số: ứng dụng “Sổ tay hội viên”', themes: 'chu-de-mau', section: 'tasks', responsible: 'Các cấp Hội; Văn phòng' },
  targets: { plan: 'mau', number: 'I.2', title: 'Tỷ lệ hội viên dùng ứng dụng', themes: 'chu-de-mau' },
  models: { title: 'Tổ hợp tác nuôi ong “Đồng Tâm”', unit: 'xa-mau', field: 'kinh-te', tasks: 'mau/ii-1', published: '01/11/2026' },
  stories: { title: 'Cột mốc và lớp học của ông', themes: 'giao-duc-the-he-tre', ageBands: 'thcs, thpt', tasks: 'mau/ii-1', published: '01/11/2026' },
  units: { title: 'xã Đồng Tâm', level: 'commune', parent: 'mau', id: 'dong-tam' },
};

describe('npm run new templates', () => {
  it('exist for every content type an editor adds (all but the controlled theme list and progress figures, added to existing files)', () => {
    const missing = Object.keys(contentTypes).filter((name) => name !== 'themes' && name !== 'progress' && !(name in scaffolds));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(scaffolds))('%s: file named from the answers, every field explained in a Vietnamese comment', (name, scaffold) => {
    const output = scaffold.build(ANSWERS[name as keyof typeof scaffolds]);
    const lines = output.text.split('\n');
    const fieldLines = lines.map((line, i) => [line, i] as const).filter(([line]) => /^\s*(?:- )?[a-zA-Z]+:/.test(line) && !/^\s+(?:from|to|value|mode|comparator):/.test(line));
    for (const [line, i] of fieldLines.filter(([l]) => /^[a-zA-Z]+:|^- id:/.test(l))) {
      expect(lines[i - 1], `comment before "${line}"`).toMatch(/^\s*#\s+\S/);
    }
    expect(output.path).toMatch(/^[a-z0-9/-]+\.(mdx|yaml)$/);
  });

  it('names files the way the site expects', () => {
    expect(scaffolds.plans.build(ANSWERS.plans).path).toBe('ke-hoach/mau-05-kh-ccb.mdx');
    expect(scaffolds.tasks.build(ANSWERS.tasks).path).toBe('nhiem-vu/mau/ii-2.mdx');
    expect(scaffolds.targets.build(ANSWERS.targets).path).toBe('chi-tieu/mau/i-2.mdx');
    expect(scaffolds.units.build(ANSWERS.units).path).toBe('don-vi.yaml');
    expect(scaffolds.models.build(ANSWERS.models).path).toBe('mo-hinh/to-hop-tac-nuoi-ong-dong-tam.mdx');
    expect(scaffolds.stories.build(ANSWERS.stories).path).toBe('cau-chuyen/cot-moc-va-lop-hoc-cua-ong.mdx');
  });

  it('an unfilled new plan is refused only for what is left to fill in', () => {
    const fixture = makeContentFixture();
    const output = scaffolds.plans.build(ANSWERS.plans);
    fixture.write(`content/${output.path}`, output.text);
    fixture.write(`content/${output.copySourceTo}`, 'Văn bản gốc.\n');
    const problems = checkContent(fixture.root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.message.includes(TODO_MARK))).toEqual([]);
  });

  it('a new file that is not filled in yet is refused, pointing at each place to fill', () => {
    const fixture = makeContentFixture();
    fixture.write(`content/${scaffolds.tasks.build(ANSWERS.tasks).path}`, scaffolds.tasks.build(ANSWERS.tasks).text);
    const problems = checkContent(fixture.root);
    expect(problems.filter((p) => p.message.includes(TODO_MARK))).toHaveLength(1);
  });

  it('filled-in files of every type pass the checker', () => {
    const fixture = makeContentFixture();
    for (const [name, scaffold] of Object.entries(scaffolds)) {
      const output = scaffold.build(ANSWERS[name as keyof typeof scaffolds]);
      const path = join('content', output.path);
      const before = output.mode === 'append' ? readFileSync(join(fixture.root, path), 'utf8') : '';
      fixture.write(path, before + fillIn(output.text));
    }
    fixture.write('content/ke-hoach/nguon/mau-05-kh-ccb.txt', 'Văn bản gốc.\n');
    // The editor places the new task and target in the plan, as the printed next steps say.
    const plan = readFileSync(join(fixture.root, 'content/ke-hoach/mau.mdx'), 'utf8');
    fixture.write('content/ke-hoach/mau.mdx', plan.replace('<Task id="mau/ii-1" />', '<Task id="mau/ii-1" />\n\n<Task id="mau/ii-2" />').replace('<Target id="mau/ii-1" />', '<Target id="mau/ii-1" />\n\n<Target id="mau/i-2" />'));
    expect(checkContent(fixture.root)).toEqual([]);
  });
});
