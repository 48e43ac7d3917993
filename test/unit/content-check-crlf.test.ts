import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { brokenCases } from '../support/broken-content.ts';
import { makeContentFixture } from '../support/content-fixture.ts';

/** Text as Windows editors (Notepad, Word's "plain text") save it: every line ending CRLF. */
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** Every text file of a fixture's content/ rewritten with CRLF line endings. */
function saveAllWithCrlf(root: string) {
  const contentDir = join(root, 'content');
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(mdx|ya?ml|json)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(path, crlf(readFileSync(path, 'utf8')));
  }
}

describe('content saved with Windows line endings (CRLF)', () => {
  it('is accepted: MDX frontmatter, YAML lists, JSON figures and the site settings', () => {
    const fixture = makeContentFixture();
    saveAllWithCrlf(fixture.root);
    expect(readFileSync(join(fixture.root, 'content/cau-chuyen/mau.mdx'), 'utf8')).toContain(
      'sample: true\r\n',
    );
    expect(checkContent(fixture.root)).toEqual([]);
  });

  // Every common mistake is reported exactly as in the same file saved with "\n": same message,
  // same line, same field.
  it.each(brokenCases.filter((c) => Object.values(c.write).every((t) => typeof t === 'string')))(
    'gets the same report as with LF: $mistake',
    ({ write }) => {
      const withLf = makeContentFixture();
      const withCrlf = makeContentFixture();
      for (const [path, text] of Object.entries(write)) withLf.write(path, text);
      saveAllWithCrlf(withCrlf.root);
      for (const [path, text] of Object.entries(write)) withCrlf.write(path, crlf(text as string));
      const expected = checkContent(withLf.root);
      expect(expected.length).toBeGreaterThan(0);
      expect(checkContent(withCrlf.root)).toEqual(expected);
    },
  );
});
