import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, abbreviationOf, longFormsIn } from '../../src/lib/search/abbreviations.ts';
import { foldWord, strokeD } from '../../src/lib/search/fold.ts';
import { htmlForIndex } from '../../src/lib/search/index-text.ts';
import { planQuery } from '../../src/lib/search/query.ts';

/** The abbreviations issue 15 asks for, with their long forms as the site's texts write them. */
const REQUIRED: [short: string, long: string][] = [
  ['CCB', 'cựu chiến binh'],
  ['HCCB', 'Hội Cựu chiến binh'],
  ['DVK', 'dân vận khéo'],
  ['CLB', 'câu lạc bộ'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BTV', 'Ban Thường vụ'],
  ['BCH', 'Ban Chấp hành'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['THCS', 'trung học cơ sở'],
  ['THPT', 'trung học phổ thông'],
  ['CNTT', 'công nghệ thông tin'],
  ['KT-XH', 'kinh tế - xã hội'],
  ['QP-AN', 'quốc phòng - an ninh'],
  ['ANTT', 'an ninh trật tự'],
  ['NQ', 'nghị quyết'],
  ['KL', 'kết luận'],
  ['KH', 'kế hoạch'],
  ['QĐ', 'quyết định'],
];
const words = (text: string) => text.split(' ').filter((word) => word !== '-');
const page = (main: string) =>
  `<html lang="vi"><body><main data-pagefind-body><h1>Trang</h1><p>${main}</p></main></body></html>`;
const alias = (html: string) => /data-pagefind-meta="alias:([^"]*)"/.exec(html)?.[1] ?? '';

describe.each(REQUIRED)('%s and “%s”, both ways', (short, long) => {
  it('a query of the abbreviation, typed any way, searches the long form', () => {
    const typed = [short, short.toLowerCase(), short.replace('Đ', 'D').toLowerCase()];
    for (const query of typed) expect(planQuery(query).words, query).toEqual(words(long));
  });
  it('a page writing the abbreviation is indexed with the long form, so the long form finds it', () => {
    expect(alias(htmlForIndex(page(`Theo ${short} năm 2025.`)))).toContain(strokeD(long));
  });
  it('a page writing the long form holds every word the abbreviation searches, marks and case aside', () => {
    const onPage = new Set(`Theo ${long} năm 2025.`.split(/\s+/).map(foldWord));
    for (const word of planQuery(short.toLowerCase()).words)
      expect(onPage.has(foldWord(word)), word).toBe(true);
  });
});

describe('the list of abbreviations', () => {
  it('holds every abbreviation the issue asks for, with the long form the texts use', () => {
    for (const [short, long] of REQUIRED) expect(ABBREVIATIONS).toContainEqual({ short, long });
  });
  it('finds an abbreviation only as a whole, upper-case word: inside document numbers too', () => {
    expect(longFormsIn('Kế hoạch số 03/KH-CCB')).toEqual(['cựu chiến binh', 'kế hoạch']);
    expect(longFormsIn('khéo, Khổng Lào, kh, Ccb')).toEqual([]);
  });
  it('never reads a document number or a section number as an abbreviation', () => {
    expect(abbreviationOf('29-NQ/TU')).toBeUndefined();
    expect(planQuery('29-NQ/TU').words).toEqual(['29-NQ/TU']);
  });
  it('has no short form that is a Vietnamese syllable (typing "tu" or "an" must stay a word)', () => {
    for (const syllable of ['tu', 'an', 'hu', 'cho', 'ban', 'to'])
      expect(abbreviationOf(syllable), syllable).toBeUndefined();
  });
});
