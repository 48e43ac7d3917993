import { describe, expect, it } from 'vitest';
import { excerpt, matchPositions } from '../../src/lib/search/excerpt.ts';
import { sectionHits, sectionLabel } from '../../src/lib/search/sections.ts';

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text);
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('marking hits in an excerpt', () => {
  it('marks "Đại" for "dai" and "Dân" for "dan", as typed without marks', () => {
    const words = 'Đại hội lần thứ nhất của “Dân vận khéo”'.split(' ');
    const segments = excerpt(words, matchPositions(words, ['dai', 'dan']));
    expect(marked(segments)).toEqual(['Đại', 'Dân']);
    expect(plain(segments)).toBe('Đại hội lần thứ nhất của “Dân vận khéo”');
  });
  it('keeps đ and d apart for a word typed with marks: "dân" marks "dân", never "Đảng"', () => {
    const words = 'Đảng và nhân dân'.split(' ');
    expect(marked(excerpt(words, matchPositions(words, ['dân'])))).toEqual(['dân']);
    expect(marked(excerpt(words, matchPositions(words, ['đáng'])))).toEqual(['Đảng']);
  });
  it('marks the word only, leaving quotes and punctuation outside', () => {
    const words = ['(“Dân', 'vận”),'];
    const segments = excerpt(words, matchPositions(words, ['dan', 'van']));
    expect(segments).toEqual([
      { text: '(“', mark: false },
      { text: 'Dân', mark: true },
      { text: ' ', mark: false },
      { text: 'vận', mark: true },
      { text: '”),', mark: false },
    ]);
  });
  it('marks a document number typed as printed', () => {
    const words = 'Thực hiện Kế hoạch số 16-KH/TU của Tỉnh ủy'.split(' ');
    expect(marked(excerpt(words, matchPositions(words, ['16-kh/tu'])))).toEqual(['16-KH/TU']);
  });
  it('chooses the window where the words stand together over scattered ones', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`);
    const words = ['dân', ...filler, 'vận', ...filler, 'dân', 'vận', 'khéo', ...filler];
    const segments = excerpt(words, matchPositions(words, ['dan', 'van', 'kheo']));
    expect(marked(segments)).toEqual(['dân', 'vận', 'khéo']);
    expect(plain(segments).startsWith('… ')).toBe(true);
  });
  it('marks whole syllables only: "dan" marks "Dân", not "danh", "đang" or "dạng"', () => {
    const words = 'Dân vận khéo: danh sách đang đa dạng, nhân dân'.split(' ');
    expect(marked(excerpt(words, matchPositions(words, ['dan', 'van'])))).toEqual([
      'Dân',
      'vận',
      'dân',
    ]);
  });
  it('marks a word the reader is still typing by its start, only where it is nowhere whole', () => {
    const words = 'Dân vận khéo ở khu dân cư'.split(' ');
    expect(marked(excerpt(words, matchPositions(words, ['dan', 'van', 'khe'], true)))).toEqual([
      'Dân',
      'vận',
      'khéo',
      'dân',
    ]);
    const withWhole = 'khe núi, khéo tay'.split(' ');
    expect(marked(excerpt(withWhole, matchPositions(withWhole, ['khe'], true)))).toEqual(['khe']);
  });
});

describe('linking a hit to the section it is in', () => {
  const page = {
    url: '/ke-hoach/x/',
    content:
      'Kế hoạch số 03 Mở đầu văn bản. MỤC TIÊU 2.4 Tỷ lệ tập hợp hội viên đạt 96% 2.5 Hội các cấp Ghi chú [1] Hoàng Văn Thông',
    anchors: [
      { element: 'h2', id: 'muc-ii', text: 'MỤC TIÊU', location: 8 },
      { element: 'div', id: 'muc-ii-2-4', text: '', location: 10 },
      { element: 'a', id: 'tham-chieu-chu-thich-1', text: '', location: 17 },
      { element: 'div', id: 'muc-ii-2-5', text: '', location: 19 },
      { element: 'div', id: 'chu-ky', text: '', location: 26 },
    ],
  };
  it('names numbered sections as readers cite them and headings by their text', () => {
    expect(sectionLabel({ element: 'div', id: 'muc-ii-2-4', location: 0 })).toBe('mục II.2.4');
    expect(sectionLabel({ element: 'div', id: 'muc-ii-1-a', location: 0 })).toBe('mục II.1.a');
    expect(sectionLabel({ element: 'h2', id: 'dinh-nghia', text: 'Cách đo', location: 0 })).toBe(
      'phần “Cách đo”',
    );
    expect(sectionLabel({ element: 'div', id: 'chu-ky', location: 0 })).toBe('');
  });
  it('links a hit inside a numbered paragraph to its anchor, with an excerpt from inside it', () => {
    const [hit] = sectionHits(page, ['hoi', 'vien']);
    expect(hit!.url).toBe('/ke-hoach/x/#muc-ii-2-4');
    expect(hit!.label).toBe('mục II.2.4');
    expect(plain(hit!.excerpt)).toBe('2.4 Tỷ lệ tập hợp hội viên đạt 96%');
  });
  it('does not let a footnote marker (an inline anchor) cut a section', () => {
    expect(sectionHits(page, ['96'])[0]!.url).toBe('/ke-hoach/x/#muc-ii-2-4');
  });
  it('shows the opening words, unmarked, of a page found through its searched fields only', () => {
    expect(sectionHits(page, ['ccb'])).toEqual([
      {
        url: '/ke-hoach/x/',
        label: '',
        excerpt: [{ text: `${page.content.split(' ').slice(0, 30).join(' ')}`, mark: false }],
      },
    ]);
  });
  it('gives a hit outside any section (the signature) the page itself, not the section before it', () => {
    expect(sectionHits(page, ['thong'])).toEqual([
      {
        url: '/ke-hoach/x/',
        label: '',
        excerpt: [
          { text: 'Hoàng Văn ', mark: false },
          { text: 'Thông', mark: true },
        ],
      },
    ]);
  });
  it('lists at most three sections, best first', () => {
    const hits = sectionHits(page, ['hoi', 'vien', 'muc', 'ke']);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits[0]!.url).toBe('/ke-hoach/x/#muc-ii-2-4');
  });
});
