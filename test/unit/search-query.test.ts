import { describe, expect, it } from 'vitest';
import { foldD, foldWord } from '../../src/lib/search/fold.ts';
import {
  dSpellings,
  fallbackQueries,
  mergeResults,
  normalizeQuery,
  parseQuery,
  planSearch,
  rankByBestScore,
} from '../../src/lib/search/query.ts';

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
});

describe('reading a query', () => {
  it('normalises to NFC, makes typographic quotes plain and collapses spaces', () => {
    expect(normalizeQuery('  “dân   vận”  ')).toBe('"dân vận"');
    expect(normalizeQuery('khéo'.normalize('NFD'))).toBe('khéo');
  });
  it('separates quoted phrases and keeps every word in order', () => {
    expect(parseQuery('"dan van kheo" lao cai')).toEqual({
      quoted: ['dan van kheo'],
      words: ['dan', 'van', 'kheo', 'lao', 'cai'],
    });
  });
  it('ignores an unmatched quote', () => {
    expect(parseQuery('dan "van')).toEqual({ quoted: [], words: ['dan', 'van'] });
  });
});

describe('đ spellings of a phrase', () => {
  it('tries đ for each unaccented word starting with d', () => {
    expect(dSpellings('dai hoi dai bieu')).toEqual([
      'dai hoi dai bieu',
      'dai hoi đai bieu',
      'đai hoi dai bieu',
      'đai hoi đai bieu',
    ]);
  });
  it('takes a word typed with marks as typed: "dân" is never "đân"', () => {
    expect(dSpellings('dân vận khéo')).toEqual(['dân vận khéo']);
    expect(dSpellings('đại hội')).toEqual(['đại hội']);
  });
  it('reads the D of a document number as Đ too', () => {
    expect(dSpellings('217-QD/TW')).toEqual(['217-QD/TW', '217-Qđ/TW']);
    expect(dSpellings('2.4')).toEqual(['2.4']);
  });
  it('stops at eight spellings however many d-words there are', () => {
    expect(dSpellings('da de di do du')).toHaveLength(8);
  });
});

describe('planning the searches', () => {
  it('runs one word as a plain word search', () => {
    expect(planSearch('khéo')).toEqual({ mode: 'words', phrases: [], words: ['khéo'] });
  });
  it('runs several words as an exact phrase first, then as words, each in its đ spellings', () => {
    expect(planSearch('chuyen doi so')).toEqual({
      mode: 'phrase-first',
      phrases: [['"chuyen doi so"', '"chuyen đoi so"']],
      words: ['chuyen doi so', 'chuyen đoi so'],
    });
  });
  it('searches a single unaccented d-word both ways', () => {
    expect(planSearch('doan').words).toEqual(['doan', 'đoan']);
  });
  it('keeps document numbers whole for Pagefind to read', () => {
    expect(planSearch('03/KH-CCB').words).toEqual(['03/KH-CCB']);
    expect(planSearch('Kết luận 196-KL/TW').phrases).toEqual([['"Kết luận 196-KL/TW"']]);
  });
  it('makes quoted parts required phrases', () => {
    expect(planSearch('"dân vận khéo" xã')).toEqual({
      mode: 'phrase-only',
      phrases: [['"dân vận khéo"']],
      words: ['dân vận khéo xã'],
    });
  });
  it('offers shorter queries, dropping words from the end, when no page holds them all', () => {
    expect(fallbackQueries('dai hoi dai bieu')).toEqual(['dai hoi dai', 'dai hoi']);
    expect(fallbackQueries('doan')).toEqual([]);
  });
});

describe('merging phrase and word results', () => {
  it('ranks the pages of several spellings by the best score each page got', () => {
    const typed = [
      { id: 'meta-only', score: 0.4 },
      { id: 'both', score: 0.2 },
    ];
    const withD = [
      { id: 'title', score: 2 },
      { id: 'both', score: 0.9 },
    ];
    expect(rankByBestScore([typed, withD])).toEqual(['title', 'both', 'meta-only']);
  });
  const words = ['scattered', 'phrase-b', 'other', 'phrase-a'];
  it('puts pages holding the phrase first, in the word ranking, then the rest', () => {
    expect(mergeResults('phrase-first', [['phrase-a', 'phrase-b']], words)).toEqual([
      'phrase-b',
      'phrase-a',
      'scattered',
      'other',
    ]);
  });
  it('keeps a phrase hit the word query missed (found through another đ spelling)', () => {
    expect(mergeResults('phrase-first', [['only-phrase']], ['x'])).toEqual(['only-phrase', 'x']);
  });
  it('with quotes, returns only pages holding every quoted phrase', () => {
    expect(
      mergeResults(
        'phrase-only',
        [
          ['a', 'b', 'c'],
          ['c', 'a'],
        ],
        ['c', 'b', 'a'],
      ),
    ).toEqual(['c', 'a']);
  });
  it('returns the word ranking as is for a one-word query', () => {
    expect(mergeResults('words', [], words)).toEqual(words);
  });
});
