import { describe, expect, it } from 'vitest';
import {
  coverage,
  order,
  spelledAsTyped,
  withKindFirst,
  wordPairs,
  type PageSignals,
} from '../../src/lib/search/rank.ts';
import {
  correctWord,
  neighbours,
  readVocabulary,
  vocabularyFile,
  vocabularyWords,
} from '../../src/lib/search/vocabulary.ts';

const page = (id: string, signals: Partial<PageSignals> = {}): PageSignals => ({
  id,
  score: 1,
  words: 3,
  phrase: false,
  whole: true,
  pairs: 0,
  ...signals,
});

describe('ordering results', () => {
  it('puts the exact phrase first, then whole syllables, then pages holding only longer words', () => {
    expect(
      order([
        page('prefix-only', { score: 9, whole: false }),
        page('whole', { score: 2 }),
        page('phrase', { score: 0.5, phrase: true }),
      ]),
    ).toEqual(['phrase', 'whole', 'prefix-only']);
  });
  it('puts pages holding every word before pages holding some, most words first', () => {
    expect(
      order([page('two', { words: 2, score: 9 }), page('three'), page('one', { words: 1 })]),
    ).toEqual(['three', 'two', 'one']);
  });
  it("keeps Pagefind's order within a group, raised for neighbouring words side by side", () => {
    expect(order([page('a', { score: 3 }), page('b', { score: 2.5 })])).toEqual(['a', 'b']);
    expect(order([page('a', { score: 3 }), page('b', { score: 2.5, pairs: 0.5 })])).toEqual([
      'b',
      'a',
    ]);
    expect(order([page('title', { score: 6 }), page('b', { score: 2.5, pairs: 1 })])).toEqual([
      'title',
      'b',
    ]);
  });
});

describe('pairs of neighbouring words', () => {
  it('pairs every two neighbours, leaving out words that only ask', () => {
    const words = 'mo hinh lai chau o dau'.split(' ');
    expect(wordPairs(words, [false, false, false, false, true, true])).toEqual([
      ['mo', 'hinh'],
      ['hinh', 'lai'],
      ['lai', 'chau'],
    ]);
  });
  it('has none for two words: their pair is the phrase', () => {
    expect(wordPairs(['lai', 'chau'], [false, false])).toEqual([]);
  });
});

describe('a query naming a kind of record', () => {
  const ranked = ['target', 'method', 'task-1', 'task-2', 'model-1', 'model-2'];
  it('brings the best record of the kind and its list among the first three', () => {
    expect(withKindFirst(ranked, new Set(['model-1', 'model-2']), 'list')).toEqual([
      'target',
      'model-1',
      'list',
      'method',
      'task-1',
      'task-2',
      'model-2',
    ]);
  });
  it('keeps them where they are when they already are among the first three', () => {
    expect(withKindFirst(['model-1', 'list', 'x', 'y'], new Set(['model-1']), 'list')).toEqual([
      'model-1',
      'list',
      'x',
      'y',
    ]);
  });
  it('changes nothing when no record of the kind matched and there is no list', () => {
    expect(withKindFirst(ranked, new Set(['other']))).toEqual(ranked);
  });
});

describe('words typed with marks', () => {
  it('holds a page back that has the word only with other marks ("Đảng" for "đáng")', () => {
    expect(spelledAsTyped('Kết nạp Đảng; đảng viên', ['đáng'])).toBe(false);
    expect(spelledAsTyped('kiến nghị chính đáng của Đảng', ['đáng'])).toBe(true);
  });
  it('does not hold back a page lacking the word, nor judge words typed without marks', () => {
    expect(spelledAsTyped('Danh sách mô hình', ['mô', 'hình', 'rừng'])).toBe(true);
    expect(spelledAsTyped('Kết nạp Đảng', ['dang'])).toBe(true);
  });
});

describe('pages holding part of the words', () => {
  it('counts the words each page holds, each word scored against its own best page', () => {
    const result = coverage([
      [
        { id: 'a', score: 10 },
        { id: 'b', score: 5 },
      ],
      [{ id: 'b', score: 0.2 }],
    ]);
    expect(result.get('a')).toEqual({ words: 1, score: 1 });
    expect(result.get('b')).toEqual({ words: 2, score: 1.5 });
  });
});

describe('the vocabulary of the site', () => {
  it('holds the words as readers type them, letters only, most frequent first', () => {
    expect(vocabularyWords('Đại hội (lần 2) KT-XH 03/KH-CCB d\u1dd3ang')).toEqual([
      'dai',
      'hoi',
      'lan',
      'kt',
      'xh',
      'kh',
      'ccb',
      'dang',
    ]);
    expect(vocabularyFile(['hội viên hội', 'viên hội']).split('\n')).toEqual(['hoi', 'vien']);
  });
  const vocabulary = readVocabulary(
    vocabularyFile(['dang dang dang danh chay rung kheo khe chuyen doi so phong hoi vien']),
  );
  it('tells whether a word begins some word of the site', () => {
    expect(vocabulary.hasPrefix('dan')).toBe(true);
    expect(vocabulary.hasPrefix('dang')).toBe(true);
    expect(vocabulary.hasPrefix('dang', true)).toBe(false);
    expect(vocabulary.hasPrefix('kh', true)).toBe(true);
    expect(vocabulary.hasPrefix('xy')).toBe(false);
  });
  it('knows the neighbouring keys of a phone keyboard', () => {
    expect(neighbours('a', 's')).toBe(true);
    expect(neighbours('g', 'h')).toBe(true);
    expect(neighbours('o', 'i')).toBe(true);
    expect(neighbours('a', 'l')).toBe(false);
  });
  it('reads the usual slips: a doubled letter, a neighbouring key, swapped letters, two words run together', () => {
    expect(correctWord('chayy', vocabulary)).toBe('chay');
    expect(correctWord('dsng', vocabulary)).toBe('dang');
    expect(correctWord('khei', vocabulary)).toBe('kheo');
    expect(correctWord('rnug', vocabulary)).toBe('rung');
    expect(correctWord('chuyendoi', vocabulary)).toBe('chuyen doi');
    expect(correctWord('hoivien', vocabulary)).toBe('hoi vien');
  });
  it('gives up rather than guess far', () => {
    expect(correctWord('xqzw', vocabulary)).toBeUndefined();
    expect(correctWord('q', vocabulary)).toBeUndefined();
  });
});
