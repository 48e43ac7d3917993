import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../scripts/support/browser.ts';

/**
 * The editors' guide shows our own editing page: its screenshots are taken by
 * `node scripts/guide-screenshots.ts` (run here exactly as README.md writes it, into a temporary
 * folder), stored small in huong-dan/, and every one the guide shows exists.
 */
const guide = readFileSync('HUONG-DAN-BIEN-TAP.md', 'utf8');
const shown = [...guide.matchAll(/!\[[^\]]+\]\((huong-dan\/[^)]+)\)/g)].map((m) => m[1]!);

describe('screenshots of the editing page in the editors’ guide', () => {
  it('every screenshot the guide shows is in the repository, and small', () => {
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const file of shown) {
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size, file).toBeLessThan(100 * 1024);
    }
  });

  it.runIf(browserAvailable())(
    '`node scripts/guide-screenshots.ts` takes them again from the built page',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ccb-shots-'));
      expect(readFileSync('README.md', 'utf8')).toContain('`node scripts/guide-screenshots.ts`');
      const run = spawnSync(process.execPath, ['scripts/guide-screenshots.ts'], {
        encoding: 'utf8',
        env: { ...process.env, GUIDE_SHOTS_DIR: dir },
        timeout: 180_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(
        shown.map((file) => file.replace('huong-dan/', '')).sort(),
      );
    },
  );
});
