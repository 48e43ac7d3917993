import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/content-types.ts';
import type { ContentTypes } from '../../src/content-check/entries.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { makeContentFixture, VALID_STORY } from '../support/content-fixture.ts';

/** The registry with stories read from any depth, as a type declared with "**\/*.mdx" is. */
const nestedStories: ContentTypes = {
  ...contentTypes,
  stories: { ...contentTypes.stories, pattern: '**/*.mdx' },
};
const NESTED = 'content/cau-chuyen/2026/thang-11/mau-2.mdx';

function problemsWith(types: ContentTypes, files: Record<string, string>) {
  const fixture = makeContentFixture();
  for (const [path, text] of Object.entries(files)) fixture.write(path, text);
  return checkContent(fixture.root, types);
}

describe('files are found by each content type’s pattern, as Astro’s glob loader finds them', () => {
  it('checks a story in nested folders when the pattern reaches them', () => {
    const broken = VALID_STORY.replace('sample: true', 'sample: co');
    const line = broken.split('\n').indexOf('sample: co') + 1;
    expect(problemsWith(nestedStories, { [NESTED]: broken })).toEqual([
      expect.objectContaining({ file: NESTED, field: 'sample', line }),
    ]);
    expect(problemsWith(nestedStories, { [NESTED]: VALID_STORY })).toEqual([]);
  });

  it('reports the same nested file as misplaced when the pattern does not reach it', () => {
    expect(problemsWith(contentTypes, { [NESTED]: VALID_STORY })).toEqual([
      expect.objectContaining({
        file: NESTED,
        message: 'tệp câu chuyện cựu chiến binh nằm sai thư mục nên không được đăng',
        fix: 'đặt tệp đúng chỗ: content/cau-chuyen/<tên tệp>.mdx.',
      }),
    ]);
  });

  it('reports a hidden file, which Astro skips, as a name to change', () => {
    expect(problemsWith(contentTypes, { 'content/cau-chuyen/.nhap.mdx': VALID_STORY })).toEqual([
      expect.objectContaining({
        file: 'content/cau-chuyen/.nhap.mdx',
        message: expect.stringContaining('tên tệp hoặc thư mục ".nhap"') as string,
        fix: 'đổi tên thành "nhap".',
      }),
    ]);
  });
});
