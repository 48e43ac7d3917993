import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/lib/github-annotations.ts';
import { STORY } from '../support/broken-content.ts';
import { makeContentFixture } from '../support/content-fixture.ts';

describe('the checker’s problems as pull request annotations', () => {
  it('names the file, the line and the field, and keeps the Vietnamese message and fix', () => {
    expect(
      githubAnnotation({
        file: 'content/tien-do/mau/i-1.json',
        line: 12,
        field: 'series[0].points[1].value',
        fieldLabel: 'giá trị',
        message: 'tỷ lệ 140 nằm ngoài khoảng 0–100',
        fix: 'ghi tỷ lệ phần trăm từ 0 đến 100, không nhân 100 hai lần.',
      }),
    ).toBe(
      '::error file=content/tien-do/mau/i-1.json,line=12,' +
        'title=Lỗi nội dung%3A trường "series[0].points[1].value" (giá trị)' +
        '::tỷ lệ 140 nằm ngoài khoảng 0–100%0ACách sửa: ghi tỷ lệ phần trăm từ 0 đến 100, không nhân 100 hai lần.',
    );
  });

  it('escapes what GitHub would read as the end of a property or of the command', () => {
    const line = githubAnnotation({ file: 'content/a,b:c.mdx', message: '50% xong\r\ncòn lại' });
    expect(line).toBe(
      '::error file=content/a%2Cb%3Ac.mdx,title=Lỗi nội dung::50%25 xong%0D%0Acòn lại',
    );
  });

  it('`npm run check -- --github` prints one annotation per problem and still fails', () => {
    const fixture = makeContentFixture();
    fixture.write(STORY, '---\ntitle: ""\n---\n');
    const run = spawnSync(process.execPath, [resolve('scripts/check.ts'), '--github'], {
      cwd: fixture.root,
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT_DIR: '' },
    });
    expect(run.status).toBe(1);
    const annotations = run.stdout.trim().split('\n');
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations)
      expect(annotation).toMatch(/^::error file=content\/[^,]+(,line=\d+)?,title=Lỗi nội dung/);
    expect(run.stdout).toContain(`file=${STORY},line=`);
    // The log keeps the report editors know.
    expect(run.stderr).toMatch(/^Nội dung có \d+ lỗi trong \d+ tệp/);
  });
});
