import { foldWord, isUnaccented } from './fold.ts';

/**
 * The order of results, from Pagefind's answers to a few searches. Pagefind ranks pages by its
 * own score (BM25 over every word starting with each query word, whole syllables far ahead);
 * it has no notion of words standing together. On top of it, for a query of several words:
 * 1. pages holding every word come before pages holding only some (then most words first);
 * 2. pages holding the exact phrase come first;
 * 3. then pages holding every word but the last as a whole syllable ("tu" as tư, tự, từ — not
 *    only inside "tuyên"; the last word may still be being typed);
 * 4. then the rest;
 * each group by Pagefind's score, raised for a page where the query's words stand together: up
 * to twice for one holding every pair of neighbouring words side by side, as in "lai chau" for
 * Lai Châu rather than "lại" and "cháu" apart (a title match may still outweigh it).
 * When the query names a kind of record, the best record of that kind and the kind's list are
 * then brought among the first three.
 */

/** What the ranking knows of one page. */
export interface PageSignals {
  id: string;
  /** Pagefind's score in the search it was found by (higher is better). */
  score: number;
  /** How many of the query's words the page holds (all of them for a full match). */
  words: number;
  /** Holds the query as an exact phrase. */
  phrase: boolean;
  /** Holds every word but the last as a whole syllable. */
  whole: boolean;
  /** Share of the query's pairs of neighbouring words the page holds side by side (0 to 1). */
  pairs: number;
}

/** How much holding every pair side by side raises a page's score. */
export const PAIR_BOOST = 1;

export function order(pages: readonly PageSignals[]): string[] {
  const tier = (page: PageSignals) => (page.phrase ? 0 : page.whole ? 1 : 2);
  const score = (page: PageSignals) => page.score * (1 + PAIR_BOOST * page.pairs);
  return [...pages]
    .sort((a, b) => b.words - a.words || tier(a) - tier(b) || score(b) - score(a))
    .map((page) => page.id);
}

/**
 * The pairs of neighbouring words of a query worth finding side by side: none involving a word
 * that only asks ("của", "là"); none for a single pair (that is the phrase itself).
 */
export function wordPairs(words: readonly string[], filler: readonly boolean[]): string[][] {
  const pairs: string[][] = [];
  for (let i = 1; i < words.length; i++)
    if (!filler[i - 1] && !filler[i]) pairs.push([words[i - 1]!, words[i]!]);
  return pairs.length > 1 ? pairs : [];
}

/** How many of the first results must show the kind a query names. */
export const KIND_SLOTS = 3;

/**
 * `order` with the best record of the named kind (the first of `order` in `ofKind`) and the
 * kind's list page among the first KIND_SLOTS; the other places go to the best results, and the
 * first places keep their order.
 */
export function withKindFirst(
  ranked: readonly string[],
  ofKind: ReadonlySet<string>,
  listPage?: string,
): string[] {
  const required = [ranked.find((id) => ofKind.has(id)), listPage].filter(
    (id): id is string => id !== undefined,
  );
  const others = ranked.filter((id) => !required.includes(id));
  const position = (id: string) => {
    const index = ranked.indexOf(id);
    return index === -1 ? Infinity : index;
  };
  const top = [...required, ...others.slice(0, Math.max(0, KIND_SLOTS - required.length))].sort(
    (a, b) => position(a) - position(b),
  );
  return [...new Set([...top, ...others])];
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * From one search per word: for each page, how many of the words it holds and a score, each
 * word's scores taken relative to its best page (so a frequent word does not outweigh a rare one).
 */
export function coverage(
  perWord: readonly (readonly Scored[])[],
): Map<string, { words: number; score: number }> {
  const pages = new Map<string, { words: number; score: number }>();
  for (const results of perWord) {
    const best = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
    for (const { id, score } of results) {
      const page = pages.get(id) ?? { words: 0, score: 0 };
      page.words++;
      page.score += score / best;
      pages.set(id, page);
    }
  }
  return pages;
}

/**
 * Whether a page spells the words the reader typed with marks as typed: false when it holds such
 * a word only with other marks ("Đảng" for "đáng"). Pagefind favours the exact spelling too, but
 * its bonus for a title ("Kết nạp Đảng") ignores marks; the first results shown are put in this
 * order, the pages spelling the words as typed first.
 */
export function spelledAsTyped(text: string, typed: readonly string[]): boolean {
  const marked = typed.filter((word) => !isUnaccented(word)).map((word) => stripMarksCase(word));
  if (marked.length === 0) return true;
  const words = text.split(/\s+/).map(stripMarksCase);
  const folded = new Set(words.map(foldWord));
  const exact = new Set(words);
  return marked.every((word) => exact.has(word) || !folded.has(foldWord(word)));
}

/** Lower case, punctuation off, marks kept. */
const stripMarksCase = (word: string) =>
  word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]/gu, '');
