import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../scripts/support/browser.ts';
import { npm } from '../support/npm.ts';
import { temporaryFolder } from '../support/temporary-folder.ts';

/**
 * The editors' guide shows our own editing page: its screenshots are taken by
 * `npm run guide-screenshots` (run here exactly as README.md writes it, into a temporary
 * folder), stored small in public/huong-dan/, and every one the guide shows exists.
 */
const guide = readFileSync('HUONG-DAN-BIEN-TAP.md', 'utf8');
const shown = [...guide.matchAll(/!\[[^\]]+\]\((public\/huong-dan\/[^)]+)\)/g)].map((m) => m[1]!);

describe('screenshots of the editing page in the editors’ guide', () => {
  it('every screenshot the guide shows is in the repository, and small', () => {
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const file of shown) {
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size, file).toBeLessThan(100 * 1024);
    }
  });

  it.runIf(browserAvailable())(
    '`npm run guide-screenshots` takes them again from the built page',
    () => {
      const dir = temporaryFolder('ccb-shots-');
      expect(readFileSync('README.md', 'utf8')).toContain('`npm run guide-screenshots`');
      const run = npm(['run', 'guide-screenshots'], { env: { GUIDE_SHOTS_DIR: dir } });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(
        shown.map((file) => file.replace('public/huong-dan/', '')).sort(),
      );
    },
  );
});
