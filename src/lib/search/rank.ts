/**
 * The order of results, from Pagefind's answers to a few searches. Pagefind ranks pages by its
 * own score (BM25 over every word starting with each query word, whole syllables far ahead);
 * it has no notion of words standing together. On top of it, for a query of several words:
 * 1. pages holding every word come before pages holding only some (then most words first);
 * 2. pages holding the exact phrase come first;
 * 3. then pages holding every word but the last as a whole syllable ("tu" as tư, tự, từ — not
 *    only inside "tuyên"; the last word may still be being typed);
 * 4. then the rest;
 * each group by Pagefind's score, raised by half for a page where most of the words stand close
 * together (Pagefind has no notion of proximity; a title match still outweighs it).
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
  /** Most of the words stand close together (`near`). */
  near: boolean;
}

/** How much closeness raises a page's score. */
export const NEAR_BOOST = 1.5;

export function order(pages: readonly PageSignals[]): string[] {
  const tier = (page: PageSignals) => (page.phrase ? 0 : page.whole ? 1 : 2);
  const score = (page: PageSignals) => page.score * (page.near ? NEAR_BOOST : 1);
  return [...pages]
    .sort((a, b) => b.words - a.words || tier(a) - tier(b) || score(b) - score(a))
    .map((page) => page.id);
}

/**
 * Whether most of the query's words stand close together on a page: at least three quarters of
 * them (and two) within a stretch of the query's length plus two words. `positions` are where
 * the page holds any of the query's `count` words (Pagefind gives them with each result, without
 * saying which word stands where, so a word repeated close by counts too: in running text that
 * is rare, and it only raises a score).
 */
export function near(positions: readonly number[] | undefined, count: number): boolean {
  if (count < 2 || !positions) return false;
  const needed = Math.max(2, Math.ceil(count * 0.75));
  const span = count + 2;
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  for (let end = needed - 1; end < sorted.length; end++)
    if (sorted[end]! - sorted[end - needed + 1]! < span) return true;
  return false;
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
