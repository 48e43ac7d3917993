import { describe, expect, it } from 'vitest';
import {
  storiesFor,
  storyFinderGroups,
  storyListPages,
  storyListPath,
} from '../../src/lib/stories/finder.ts';
import type { AgeBand } from '../../src/schemas/story.ts';

const story = (id: string, ageBands: AgeBand[], themes: string[]) => ({
  id,
  data: { ageBands, themes },
});
const stories = [
  story('a', ['thcs'], ['bien-gioi']),
  story('b', ['thcs', 'thpt'], ['bien-gioi', 'the-he-tre']),
  story('c', ['tieu-hoc'], ['the-he-tre']),
];
const themes = [
  { id: 'bien-gioi', data: { name: 'Biên giới' } },
  { id: 'kinh-te', data: { name: 'Kinh tế' } },
  { id: 'the-he-tre', data: { name: 'Thế hệ trẻ' } },
];

describe('the teachers’ story lists', () => {
  it('holds the stories of an age band, of a theme, or of both', () => {
    expect(storiesFor(stories, { band: 'thcs' }).map((s) => s.id)).toEqual(['a', 'b']);
    expect(storiesFor(stories, { theme: 'the-he-tre' }).map((s) => s.id)).toEqual(['b', 'c']);
    expect(storiesFor(stories, { band: 'thcs', theme: 'the-he-tre' }).map((s) => s.id)).toEqual([
      'b',
    ]);
  });

  it('lives at /giao-vien/lua-tuoi/<band>/, /giao-vien/chu-de/<theme>/ and /giao-vien/lua-tuoi/<band>/<theme>/', () => {
    expect(storyListPath({ band: 'thcs' })).toBe('/giao-vien/lua-tuoi/thcs/');
    expect(storyListPath({ theme: 'kinh-te' })).toBe('/giao-vien/chu-de/kinh-te/');
    expect(storyListPath({ band: 'thpt', theme: 'kinh-te' })).toBe(
      '/giao-vien/lua-tuoi/thpt/kinh-te/',
    );
  });

  it('has a page for each list that holds a story, and none for an empty one', () => {
    const pages = storyListPages(stories, themes);
    expect(pages.bands).toEqual(['tieu-hoc', 'thcs', 'thpt']);
    expect(pages.themes.map((t) => t.id)).toEqual(['bien-gioi', 'the-he-tre']);
    expect(pages.bandThemes.map(({ band, theme }) => `${band}/${theme.id}`)).toEqual([
      'tieu-hoc/the-he-tre',
      'thcs/bien-gioi',
      'thcs/the-he-tre',
      'thpt/bien-gioi',
      'thpt/the-he-tre',
    ]);
  });
});

describe('the story finder', () => {
  it('links every age band and theme that holds stories, with counts, in the same order everywhere', () => {
    const groups = storyFinderGroups(stories, themes);
    expect(groups.map((g) => g.id)).toEqual(['theo-lua-tuoi', 'theo-chu-de']);
    expect(groups[0]!.links.map((l) => [l.label, l.count])).toEqual([
      ['Tiểu học', 1],
      ['THCS', 2],
      ['THPT', 1],
    ]);
    expect(groups[1]!.heading).toBe('Theo chủ đề (mọi lứa tuổi)');
    expect(groups[1]!.links.map((l) => [l.href, l.count])).toEqual([
      ['/giao-vien/chu-de/bien-gioi/', 2],
      ['/giao-vien/chu-de/the-he-tre/', 2],
    ]);
  });

  it("on an age band's page, adds that band's themes and marks the page being shown", () => {
    const groups = storyFinderGroups(stories, themes, {
      band: 'thcs',
      current: '/giao-vien/lua-tuoi/thcs/the-he-tre/',
    });
    expect(groups.map((g) => g.heading)).toEqual([
      'Theo lứa tuổi',
      'Chủ đề cho lứa tuổi THCS',
      'Theo chủ đề (mọi lứa tuổi)',
    ]);
    expect(groups[1]!.links).toEqual([
      { href: '/giao-vien/lua-tuoi/thcs/bien-gioi/', label: 'Biên giới', count: 2, current: false },
      {
        href: '/giao-vien/lua-tuoi/thcs/the-he-tre/',
        label: 'Thế hệ trẻ',
        count: 1,
        current: true,
      },
    ]);
    expect(groups.flatMap((g) => g.links).filter((l) => l.current)).toHaveLength(1);
  });

  it('links only to pages that exist', () => {
    const pages = storyListPages(stories, themes);
    const exists = new Set([
      ...pages.bands.map((band) => storyListPath({ band })),
      ...pages.themes.map((theme) => storyListPath({ theme: theme.id })),
      ...pages.bandThemes.map(({ band, theme }) => storyListPath({ band, theme: theme.id })),
    ]);
    for (const band of pages.bands)
      for (const link of storyFinderGroups(stories, themes, { band }).flatMap((g) => g.links))
        expect(exists).toContain(link.href);
  });
});
