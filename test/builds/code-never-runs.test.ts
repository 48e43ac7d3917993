import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfContent, temporaryFolder } from '../support/temporary-folder.ts';

/**
 * The build-time probe: one line an editor (careless or hostile) adds to a story's body, which
 * would write a file on the machine building the site if MDX ran it. It must never run: not in
 * `npm run check`, not in `npm run build`, and not even in a build whose content check is left out
 * (the MDX guard in the build itself refuses it). A plain Astro + MDX build is the control that
 * shows the probe is real: there it runs.
 */

const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)),
);

let work: string;
/** Where the probe writes when it runs. */
let marker: string;
let probeLine: string;

/** A copy of the site's content with the probe as the first line of a story's body. */
function contentWithProbe(): string {
  const { contentDir } = copyOfContent(work);
  const story = join(contentDir, 'cau-chuyen/di-tim-dong-doi.mdx');
  const [, frontmatter, body] = readFileSync(story, 'utf8').split(/^---$/m);
  writeFileSync(story, `---${frontmatter}---\n${probeLine}\n\n${body}`);
  return contentDir;
}

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}${result.stderr}`),
  };
}

const astro = (args: string[], env: Record<string, string>) =>
  run(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    SITE_CACHE_DIR: join(work, 'cache'),
    // A public address, so a build without the content check gets as far as the content.
    SITE_URL: 'https://ccb.example.vn',
    ...env,
  });

beforeAll(() => {
  work = temporaryFolder('ccb-probe-');
  marker = join(work, 'probe-ran.txt');
  probeLine = `export const probe = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'chạy rồi')`;
});

describe('an export written in a story body', () => {
  it('runs in a plain Astro + MDX build (the control: the probe is real)', () => {
    const contentDir = join(work, 'bare-content');
    mkdirSync(join(contentDir, 'cau-chuyen'), { recursive: true });
    writeFileSync(
      join(contentDir, 'cau-chuyen/probe.mdx'),
      `---\ntitle: "Thử"\n---\n${probeLine}\n\nChữ.\n`,
    );
    const build = astro(['--root', resolve('scripts/bench/bare')], {
      SITE_CONTENT_DIR: contentDir,
      SITE_OUT_DIR: join(work, 'dist-bare'),
    });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('chạy rồi');
  });

  describe('in this site', () => {
    let contentDir: string;
    const env = () => ({ SITE_CONTENT_DIR: contentDir, SITE_OUT_DIR: join(work, 'dist') });
    const refusal =
      /cau-chuyen\/di-tim-dong-doi\.mdx, dòng \d+, cột 1: dòng "export const probe = process\.getBuiltinM…" là mã lệnh JavaScript \(import\/export\); nội dung không được chứa mã lệnh\n\s+Cách sửa: xóa dòng này\./;

    beforeAll(() => {
      contentDir = contentWithProbe();
      // Empty until the probe runs (the control above fills it when it runs first).
      writeFileSync(marker, '');
    });

    it('is refused by npm run check, with the file, line and what to do, and never runs', () => {
      const check = run('npm', ['run', 'check'], env());
      expect(check.status).not.toBe(0);
      expect(check.output).toMatch(refusal);
      expect(readFileSync(marker, 'utf8')).toBe('');
    });

    it('stops npm run build before anything is built, and never runs', () => {
      const build = run('npm', ['run', 'build'], env());
      expect(build.status).not.toBe(0);
      expect(build.output).toMatch(refusal);
      expect(existsSync(join(work, 'dist'))).toBe(false);
      expect(readFileSync(marker, 'utf8')).toBe('');
    });

    it('never runs even in a build without the content check: the MDX guard refuses it', () => {
      const build = astro(['--config', 'test/fixtures/probe/astro.config.mjs'], env());
      expect(build.status).not.toBe(0);
      // Said by the guard while compiling the story, not by the content check before the build.
      expect(build.output).not.toContain('[Kiểm tra nội dung]');
      expect(build.output).toContain('[MDXError] Nội dung có 1 lỗi trong 1 tệp.');
      expect(build.output).toMatch(refusal);
      expect(readFileSync(marker, 'utf8')).toBe('');
    });
  });
});
