import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../support/build.ts';
import { assertBuilt, distDir, fingerprint } from '../../scripts/support/dist.ts';

describe('content saved with Windows line endings (CRLF)', () => {
  const root = resolve('dist-crlf-content');
  const contentDir = join(root, 'content');
  const converted: string[] = [];
  let dir: string;

  beforeAll(async () => {
    assertBuilt();
    rmSync(root, { recursive: true, force: true });
    cpSync('content', contentDir, { recursive: true });
    // Every text file, as Notepad on Windows saves it: plans, tasks, targets, models, stories
    // (MDX), units, themes and site settings (YAML), progress figures (JSON).
    for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(mdx|yaml|json)$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
      converted.push(relative(contentDir, file));
    }
    dir = await buildVariant('crlf', { SITE_CONTENT_DIR: contentDir });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('covers every kind of content file', () => {
    for (const folder of ['ke-hoach/', 'nhiem-vu/', 'chi-tieu/', 'mo-hinh/', 'cau-chuyen/'])
      expect(converted.some((file) => file.startsWith(folder) && file.endsWith('.mdx'))).toBe(true);
    expect(converted).toEqual(expect.arrayContaining(['don-vi.yaml', 'chu-de.yaml']));
    expect(converted.some((file) => file.startsWith('tien-do/') && file.endsWith('.json'))).toBe(
      true,
    );
  });

  // A build of its own compared with dist/, byte for byte: this is also the check that builds are
  // deterministic (two builds of the same content give the same bytes), with no third build for it.
  it('builds the same site, byte for byte, as the same content with LF (builds are deterministic)', () => {
    const withLf = fingerprint(distDir);
    expect(Object.keys(withLf).length).toBeGreaterThan(100);
    expect(fingerprint(dir)).toEqual(withLf);
  });
});
