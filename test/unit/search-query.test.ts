import { describe, expect, it } from 'vitest';
import { foldD, foldWord, strokeD, stripMarks, unstrokeD } from '../../src/lib/search/fold.ts';
import {
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  fillerWords,
  namedKinds,
  normalizeQuery,
  parseQuery,
  planQuery,
} from '../../src/lib/search/query.ts';
import { readVocabulary, vocabularyFile } from '../../src/lib/search/vocabulary.ts';

describe('folding what readers type', () => {
  it('folds đ to d, which Pagefind does not do', () => {
    expect(foldD('Đại hội đại biểu Đảng')).toBe('Dại hội dại biểu Dảng');
  });
  it('reduces a word to its unaccented, lower-case letters and digits', () => {
    expect(foldWord('“Dân')).toBe('dan');
    expect(foldWord('Đoàn')).toBe('doan');
    expect(foldWord('03/KH-CCB')).toBe('03khccb');
    expect(foldWord('2.4')).toBe('24');
  });
  it('treats decomposed (NFD) input like composed text', () => {
    expect(foldWord('khéo'.normalize('NFD'))).toBe('kheo');
  });
  it('spells đ for the index as d with a mark Pagefind strips, and reads it back', () => {
    const stroked = strokeD('Đại hội đại biểu');
    expect(stroked).not.toMatch(/[đĐ]/);
    expect(stroked.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Dai hoi dai bieu');
    expect(stripMarks(stroked)).toBe('daihoidaibieu');
    expect(unstrokeD(stroked)).toBe('Đại hội đại biểu');
  });
});

describe('reading a query', () => {
  it('normalises to NFC and collapses spaces, keeping what was typed otherwise', () => {
    expect(normalizeQuery('  “dân   vận”  ')).toBe('“dân vận”');
    expect(normalizeQuery('khéo'.normalize('NFD'))).toBe('khéo');
  });
  it('separates quoted phrases, typographic or plain, and keeps every word in order', () => {
    expect(parseQuery('"dan van kheo" lao cai')).toEqual({
      text: '"dan van kheo" lao cai',
      quoted: ['dan van kheo'],
      words: ['dan', 'van', 'kheo', 'lao', 'cai'],
    });
    expect(parseQuery('“dan van” kheo').quoted).toEqual(['dan van']);
  });
  it('ignores an unmatched quote', () => {
    expect(parseQuery('dan "van')).toMatchObject({ quoted: [], words: ['dan', 'van'] });
  });
});

describe('a query too long or with hidden characters (issue 12)', () => {
  it(`reads at most ${MAX_QUERY_WORDS} words and ${MAX_QUERY_LENGTH} characters of a pasted page`, () => {
    const pasted = 'cựu chiến binh '.repeat(600);
    expect(pasted.length).toBeGreaterThan(8000);
    const text = normalizeQuery(pasted);
    expect(text.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(planQuery(pasted).words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    expect(normalizeQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('strips bidirectional controls and other invisible characters from what is echoed', () => {
    const tricky = 'dan\u202Evan\u2066 kheo\u200B\u200F\u061C';
    expect(normalizeQuery(tricky)).toBe('danvan kheo');
    expect(normalizeQuery('dan\tvan\nkheo')).toBe('dan van kheo');
  });
});

const vocabulary = readVocabulary(
  vocabularyFile([
    'Mô hình Dân vận khéo của cựu chiến binh; đảng viên, Đảng, đang, danh, dạng.',
    'Kết nạp Đảng. Chuyển đổi số. Phòng cháy rừng. Khéo, khe.',
  ]),
);

describe('planning the search of a query', () => {
  it('searches the words as typed when they are the site’s own', () => {
    expect(planQuery('dan van kheo', vocabulary)).toMatchObject({
      words: ['dan', 'van', 'kheo'],
      expanded: [],
      corrected: [],
      dropped: [],
    });
  });
  it('reads an abbreviation as its long form, in any case', () => {
    const plan = planQuery('DVK', vocabulary);
    expect(plan.words).toEqual(['dân', 'vận', 'khéo']);
    expect(plan.expanded.map((a) => a.short)).toEqual(['DVK']);
  });
  it('leaves the last word alone while it may still be typed: "kh" of "khéo", not "kế hoạch"', () => {
    expect(planQuery('dan van kh', vocabulary).words).toEqual(['dan', 'van', 'kh']);
    expect(planQuery('dan van kh ', vocabulary).words).toEqual(['dan', 'van', 'kế', 'hoạch']);
    expect(planQuery('kh', vocabulary).words).toEqual(['kế', 'hoạch']);
  });
  it('reads a slip of a phone keyboard as the word meant', () => {
    expect(planQuery('ket nap dsng', vocabulary)).toMatchObject({
      words: ['ket', 'nap', 'dang'],
      corrected: [{ typed: 'dsng', read: 'dang' }],
    });
    expect(planQuery('phong chayy rung', vocabulary).words).toEqual(['phong', 'chay', 'rung']);
    expect(planQuery('chuyendoi so', vocabulary).words).toEqual(['chuyen', 'doi', 'so']);
    expect(planQuery('dvkk', vocabulary).words).toEqual(['dân', 'vận', 'khéo']);
  });
  it('drops a word no page uses, rather than let it match a one-letter name ("Trần Thị D")', () => {
    expect(planQuery('dqzx', vocabulary)).toMatchObject({ words: [], dropped: ['dqzx'] });
    expect(planQuery('dqzx kheo', vocabulary)).toMatchObject({
      words: ['kheo'],
      dropped: ['dqzx'],
    });
  });
  it('takes the words as typed without a vocabulary (not loaded)', () => {
    expect(planQuery('dsng').words).toEqual(['dsng']);
  });
  it('keeps numbers and document numbers whole for Pagefind to read', () => {
    expect(planQuery('03/KH-CCB', vocabulary).words).toEqual(['03/KH-CCB']);
    expect(planQuery('2.4', vocabulary).words).toEqual(['2.4']);
  });
  it('makes quoted parts required phrases', () => {
    expect(planQuery('"dân vận khéo" xã', vocabulary).phrases).toEqual([['dân', 'vận', 'khéo']]);
  });
});

describe('words that only ask', () => {
  it('marks question phrases and function words, not the subject', () => {
    const words = 'chi tieu ket nap dang la bao nhieu'.split(' ');
    expect(fillerWords(words)).toEqual([false, false, false, false, false, true, true, true]);
    expect(fillerWords('mo hinh phong chay rung o dau'.split(' ')).slice(-2)).toEqual([true, true]);
  });
  it('keeps syllables that are content words once folded: "thế hệ", "cho giáo viên"', () => {
    expect(fillerWords('the he tre'.split(' '))).toEqual([false, false, false]);
    expect(fillerWords('huong dan cho giao vien'.split(' '))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a query naming a kind of record', () => {
  it('names the kind by its words at the head of the query', () => {
    expect(namedKinds('dan van kheo'.split(' '))).toEqual(['Mô hình']);
    expect(namedKinds('mo hinh phong chay rung'.split(' '))).toEqual(['Mô hình']);
    expect(namedKinds('chuyện kể THCS'.split(' '))).toEqual(['Câu chuyện']);
    expect(namedKinds('chi tieu ket nap dang'.split(' '))).toEqual(['Chỉ tiêu']);
    expect(namedKinds('các nhiệm vụ'.split(' '))).toEqual(['Nhiệm vụ']);
    expect(namedKinds('danh sach cau chuyen'.split(' '))).toEqual(['Câu chuyện']);
  });
  it('does not when the words belong to something else further in', () => {
    expect(namedKinds('ghi lai cau chuyen cua cuu chien binh'.split(' '))).toEqual([]);
    expect(namedKinds('cach danh gia chi tieu'.split(' '))).toEqual([]);
  });
  it('names it through an abbreviation too: "dvk"', () => {
    expect(planQuery('dvk', vocabulary).kinds).toEqual(['Mô hình']);
  });
});
