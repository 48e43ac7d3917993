import { foldWord, unstrokeD } from './fold.ts';

/**
 * The site's vocabulary: every word the index holds, folded as readers type it ("Đại" → "dai"),
 * most frequent first. Built with the index; the search page loads it (a few KB) with Pagefind
 * to tell a word the site never uses from one it does, and to read phone-keyboard slips
 * ("dsng" → "dang", "chayy" → "chay", "chuyendoi" → "chuyen doi").
 */

/** Folded words of a text: letters only (numbers and codes are left to Pagefind), hyphenated parts apart. */
export function vocabularyWords(text: string): string[] {
  return unstrokeD(text)
    .split(/[\s\-–—/]+/)
    .map(foldWord)
    .filter((word) => /^[a-z]+$/.test(word));
}

/** The vocabulary file: one word a line, most frequent first (ties alphabetical). */
export function vocabularyFile(texts: Iterable<string>): string {
  const counts = new Map<string, number>();
  // The same few thousand words come back page after page: each is folded once.
  const folded = new Map<string, string[]>();
  for (const text of texts)
    for (const token of text.split(/\s+/)) {
      let words = folded.get(token);
      if (!words) {
        words = vocabularyWords(token);
        folded.set(token, words);
      }
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word)
    .join('\n');
}

export interface Vocabulary {
  /** Rank of each word: 0 is the most frequent. */
  rank: Map<string, number>;
  /** Whether some word of the vocabulary starts with `prefix` (`longer`: and is longer than it). */
  hasPrefix(prefix: string, longer?: boolean): boolean;
}

export function readVocabulary(file: string): Vocabulary {
  const words = file.split('\n').filter(Boolean);
  const rank = new Map(words.map((word, index) => [word, index]));
  const sorted = [...words].sort();
  return {
    rank,
    hasPrefix(prefix, longer = false) {
      const start = longer ? `${prefix}\u0000` : prefix;
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle]! < start) low = middle + 1;
        else high = middle;
      }
      return sorted[low]?.startsWith(prefix) ?? false;
    },
  };
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const OFFSET = [0, 0.25, 0.75];
const KEYS = new Map<string, [number, number]>(
  ROWS.flatMap((row, y) => [...row].map((key, x) => [key, [x + OFFSET[y]!, y]] as const)),
);

/** Whether two letters are neighbours on a phone's QWERTY keyboard (the usual slip). */
export function neighbours(a: string, b: string): boolean {
  const p = KEYS.get(a);
  const q = KEYS.get(b);
  if (!p || !q || a === b) return false;
  return Math.abs(p[1] - q[1]) <= 1 && Math.abs(p[0] - q[0]) <= 1;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * What a word the site never uses was probably meant to be, or undefined. Slips tried, most
 * likely first: a doubled letter ("chayy"), a neighbouring key ("dsng"), two letters swapped,
 * a letter too many, a letter missing, any other letter; within a kind of slip the more
 * frequent word wins. A long word may be two words run together ("chuyendoi").
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const known = (candidate: string) => vocabulary.rank.has(candidate);
  const best = (candidates: Iterable<string>) => {
    let found: string | undefined;
    for (const candidate of candidates)
      if (
        known(candidate) &&
        (found === undefined || vocabulary.rank.get(candidate)! < vocabulary.rank.get(found)!)
      )
        found = candidate;
    return found;
  };
  const at = (i: number) => word.slice(0, i);
  const from = (i: number) => word.slice(i);
  const positions = Array.from(word, (_, i) => i);
  const slips: (() => Iterable<string>)[] = [
    () => positions.filter((i) => word[i] === word[i - 1]).map((i) => at(i) + from(i + 1)),
    () =>
      positions.flatMap((i) =>
        [...LETTERS].filter((l) => neighbours(word[i]!, l)).map((l) => at(i) + l + from(i + 1)),
      ),
    () => positions.slice(1).map((i) => at(i - 1) + word[i]! + word[i - 1]! + from(i + 1)),
    () => positions.map((i) => at(i) + from(i + 1)),
    () => [...positions, word.length].flatMap((i) => [...LETTERS].map((l) => at(i) + l + from(i))),
    () => positions.flatMap((i) => [...LETTERS].map((l) => at(i) + l + from(i + 1))),
  ];
  // Two words run together: the split whose rarer half is the more frequent.
  const split = () => {
    let found: string | undefined;
    let foundRank = Infinity;
    for (let i = 2; i <= word.length - 2; i++) {
      if (!known(at(i)) || !known(from(i))) continue;
      const rank = Math.max(vocabulary.rank.get(at(i))!, vocabulary.rank.get(from(i))!);
      if (rank < foundRank) [found, foundRank] = [`${at(i)} ${from(i)}`, rank];
    }
    return found;
  };
  if (word.length >= 6) {
    const twoWords = split();
    if (twoWords) return twoWords;
  }
  if (word.length < 2) return undefined;
  for (const slip of slips) {
    const found = best(slip());
    if (found) return found;
  }
  return word.length >= 4 ? split() : undefined;
}
