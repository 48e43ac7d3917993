import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../support/build.ts';
import { temporaryFolder } from '../support/temporary-folder.ts';

/**
 * The folders tests make for themselves, run as Vitest runs the unit tests: two fixture files
 * (test/fixtures/temporary-folder/) one after the other in one worker, sharing their modules.
 */
describe('a folder made with test/support/temporary-folder.ts', () => {
  it('lasts while its test file runs and is gone when that file ends, whether its tests passed or failed', () => {
    const list = join(temporaryFolder('ccb-folders-made-'), 'made.txt');
    writeFileSync(list, '');
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/fixtures/temporary-folder/vitest.config.ts',
        '--maxWorkers=1',
      ],
      { env: buildEnvironment({ FOLDERS_MADE: list }), encoding: 'utf8', timeout: 60_000 },
    );
    const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);

    // Only the two tests that fail on purpose fail: every folder lasted while its file ran.
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/Tests {2}2 failed \| 8 passed \(10\)/);
    const failed = [...output.matchAll(/FAIL +(\S+) > (.+)/g)].map(
      ([, file, test]) => `${file}: ${test}`,
    );
    expect(failed.sort()).toEqual(
      ['first', 'second'].map(
        (file) =>
          `test/fixtures/temporary-folder/${file}.test.ts: fails on purpose, after making a folder`,
      ),
    );
    const lines = readFileSync(list, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    const made = lines.filter(([kind]) => kind === 'folder');
    expect(made.map(([, file, when]) => `${file} ${when}`).sort()).toEqual(
      ['first', 'second']
        .flatMap((file) =>
          ['collected', 'beforeAll', 'test', 'project', 'failed'].map((when) => `${file} ${when}`),
        )
        .sort(),
    );
    // The file that ran second found the first one's five folders already removed.
    const checked = lines.filter(([kind]) => kind === 'checked').map(([, , count]) => count);
    expect(checked.sort()).toEqual(['0', '5']);
    // Each file's own afterAll still found all its folders.
    expect(lines.filter(([kind]) => kind === 'afterAll')).toHaveLength(2);
    for (const [, , , folder] of made) expect(existsSync(folder!), folder).toBe(false);
  }, 60_000);
});
