import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { TODO_MARK } from '../../src/scaffold/index.ts';
import { isTemplate, npmCommands, scriptOf, type DocCommand } from '../support/doc-commands.ts';
import { npm, projectCopy } from '../support/npm.ts';

/**
 * Every npm command that README.md, the editors' guides (HUONG-DAN-*.md) and the scripts'
 * `--help` texts show names a script package.json has; the editors' commands (`npm run new -- …`,
 * `npm run check`) are run exactly as written. `npm start`, `npm run build` and `npm ci` run on a
 * fresh clone in .ci/fresh-clone; `npm test` is the suite itself; `npm run bench` and
 * `npm run lighthouse` write reports and only have to exist here.
 */
const documents = ['README.md', ...readdirSync('.').filter((f) => /^HUONG-DAN-.*\.md$/.test(f))];
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts;

const help = npm(['run', 'new', '--', '--help']);
const sources: [string, DocCommand[]][] = [
  ...documents.map((file): [string, DocCommand[]] => [
    file,
    npmCommands(readFileSync(file, 'utf8')),
  ]),
  ['npm run new -- --help', npmCommands(help.stdout.replace(/^Cách dùng: (.*)$/m, '`$1`'))],
];
const all = sources.flatMap(([source, commands]) => commands.map((c) => ({ ...c, source })));
/** Distinct runnable editors' commands, each once (README and guide show some twice). */
const editorCommands = [
  ...new Map(
    all
      .filter((c) => ['new', 'check'].includes(scriptOf(c) ?? '') && !isTemplate(c))
      .map((c) => [c.text, c]),
  ).values(),
];

describe('commands in README.md, HUONG-DAN-*.md and --help texts', { timeout: 60_000 }, () => {
  it('are found in every document', () => {
    expect(help.status, help.stderr).toBe(0);
    for (const [source, commands] of sources) expect(commands.length, source).toBeGreaterThan(0);
    expect(all.map((c) => c.text)).toEqual(expect.arrayContaining(['npm start', 'npm run check']));
  });

  it('each names a script package.json has', () => {
    const missing = all.filter((c) => {
      const script = scriptOf(c);
      return script !== undefined && !(script in scripts);
    });
    expect(missing.map((c) => `${c.source}: ${c.text}`)).toEqual([]);
  });

  // Each in its own copy of the project: two documents may add the same figure.
  it.each(editorCommands.map((c) => [c.text, c] as const))(
    'runs exactly as written: %s',
    (_, command) => {
      const root = projectCopy();
      // The guide's plan example copies the official text from a file the editor has.
      const source = join(root, 'duong-dan/van-ban-goc.txt');
      mkdirSync(dirname(source), { recursive: true });
      writeFileSync(source, 'Văn bản gốc.\n');
      const run = npm(command.args, { cwd: root });
      const output = `${run.stdout}${run.stderr}`;
      if (run.status === 0) {
        expect(output).toMatch(
          scriptOf(command) === 'check' ? /Nội dung hợp lệ/ : /Đã tạo|Đã thêm vào|Cách dùng/,
        );
        // What the new file still lacks is only what the editor is told to do next: fill in the
        // "VIỆC CẦN LÀM" places, and place a new task or target in its plan.
        const left = checkContent(root).filter(
          (p) => !p.message.includes(TODO_MARK) && !/chưa được đặt vào văn bản/.test(p.message),
        );
        expect(left.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
      } else {
        // Without a terminal, a command meant to ask the remaining questions stops at the first one.
        expect(run.stderr, output).toMatch(/^Lỗi: (--\w+: chưa có câu trả lời|chưa chọn loại)/m);
      }
      expect(output).not.toMatch(/\bat .+:\d+:\d+\)?$|Error:/m);
    },
  );

  it('include the editors’ everyday commands, run above', () => {
    const run = editorCommands.map((c) => c.text);
    expect(run).toContain('npm run check');
    expect(run.filter((text) => text.startsWith('npm run new -- ')).length).toBeGreaterThan(6);
  });
});
