import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCases, PLAN, TASK } from '../support/broken-content.ts';
import { makeContentFixture, VALID_PLAN, VALID_TASK } from '../support/content-fixture.ts';
import { npm } from '../support/npm.ts';

/**
 * Runs `npm run check` as an editor types it, on a fixture's content folder. The report (stderr)
 * comes first in the output, then npm's own lines.
 */
function runCheck(root: string) {
  const run = npm(['run', 'check'], { env: { SITE_CONTENT_DIR: join(root, 'content') } });
  return { status: run.status, output: `${run.stderr}${run.stdout}` };
}

describe('npm run check', { timeout: 60_000 }, () => {
  it('says the content is fine and exits 0 when it is', () => {
    const { status, output } = runCheck(makeContentFixture().root);
    expect(output).toContain('Nội dung hợp lệ');
    expect(status).toBe(0);
  });

  it.each(
    brokenCases.filter((c) => /Tab|đuôi \.md|ngoặc kép cong|nhiệm vụ không có/.test(c.mistake)),
  )('exits non-zero and explains: $mistake', ({ write, expected }) => {
    const fixture = makeContentFixture();
    for (const [path, text] of Object.entries(write)) fixture.write(path, text);
    const { status, output } = runCheck(fixture.root);
    expect(status).toBe(1);
    expect(output).toContain(expected.file);
    expect(output).toMatch(expected.message);
    expect(output).toMatch(/^Nội dung có \d+ lỗi trong \d+ tệp/);
  });

  it('lists problems of several files in one run', () => {
    const fixture = makeContentFixture();
    fixture.write(TASK, VALID_TASK.replace('title:', 'titel:'));
    fixture.write(PLAN, VALID_PLAN.replace('"07/11/2022"', '"2022-11-07"'));
    fixture.write('content/chu-de.yml', '- id: x\n');
    const { status, output } = runCheck(fixture.root);
    expect(status).toBe(1);
    expect(output).toMatch(/^Nội dung có 3 lỗi trong 3 tệp/);
    for (const file of ['content/chu-de.yml', TASK, PLAN]) expect(output).toContain(file);
  });
});
