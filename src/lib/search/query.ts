import { isUnaccented } from './fold.ts';

/**
 * What a reader typed, turned into the Pagefind searches that answer it.
 *
 * Pagefind has no proximity ranking and does not fold đ. So a query of several words runs as an
 * exact phrase first, then as plain words; pages with the phrase come first. Quoted parts must
 * appear as phrases. Each search runs once per way the reader may have meant "d" ("dai" → "đai"),
 * so a page whose title reads "Đại hội" ranks by that title, not only by the folded-đ field.
 */

export interface ParsedQuery {
  /** Each quoted part, as typed (inner text, spaces collapsed). */
  quoted: string[];
  /** Every word of the query, quoted or not, in order. */
  words: string[];
}

export interface SearchPlan {
  /** "words": one word, or nothing to phrase. "phrase-first": phrase hits first, then word hits. "phrase-only": quoted parts must match. */
  mode: 'words' | 'phrase-first' | 'phrase-only';
  /** One entry per phrase; each holds the exact-search terms (quoted) for its đ spellings. */
  phrases: string[][];
  /** The plain word query in each đ spelling; the first is as typed. */
  words: string[];
}

/** Most đ/d spellings tried for one phrase (2^3: the first three plain d-words vary). */
const MAX_VARIANTS = 8;

/** NFC, typographic quotes made plain, spaces collapsed. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[“”„‟«»＂]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normalizeQuery(raw);
  const quoted: string[] = [];
  const unquoted = text.replace(/"([^"]*)"/g, (_, inner: string) => {
    const phrase = inner.trim();
    if (phrase) quoted.push(phrase);
    return ` ${phrase} `;
  });
  const words = unquoted.replace(/"/g, ' ').split(' ').filter(Boolean);
  return { quoted, words };
}

/** The đ reading of an unaccented word: a syllable's initial d ("dai" → "đai"), or every d of a document number ("217-QD/TW" → "217-Qđ/TW"). */
function withD(word: string): string | undefined {
  if (!isUnaccented(word)) return undefined;
  if (/^d/i.test(word)) return `đ${word.slice(1)}`;
  if (/[0-9/]/.test(word) && /d/i.test(word)) return word.replace(/d/gi, 'đ');
  return undefined;
}

/**
 * The spellings of a phrase a reader may have meant: a word typed without any mark may stand
 * for one with "đ" ("dai hoi" → "đai hoi"). A word typed with marks is taken as typed.
 */
export function dSpellings(phrase: string): string[] {
  let spellings = [''];
  let varied = 0;
  for (const word of phrase.split(' ')) {
    const alternative = varied < 3 ? withD(word) : undefined;
    const choices = alternative ? [word, alternative] : [word];
    if (choices.length > 1) varied++;
    spellings = spellings.flatMap((start) =>
      choices.map((choice) => (start ? `${start} ${choice}` : choice)),
    );
  }
  return spellings.slice(0, MAX_VARIANTS);
}

export function planSearch(raw: string): SearchPlan {
  const { quoted, words } = parseQuery(raw);
  const wordQuery = words.join(' ');
  const wordSpellings = dSpellings(wordQuery);
  const exact = (phrase: string) => dSpellings(phrase).map((spelling) => `"${spelling}"`);
  if (quoted.length > 0)
    return { mode: 'phrase-only', phrases: quoted.map(exact), words: wordSpellings };
  if (words.length > 1)
    return { mode: 'phrase-first', phrases: [exact(wordQuery)], words: wordSpellings };
  return { mode: 'words', phrases: [], words: wordSpellings };
}

/**
 * Shorter word queries to try, in order, when few pages hold every word (Pagefind requires
 * them all): the query without its last word, and so on down to its first two words.
 */
export function fallbackQueries(raw: string): string[] {
  const { words } = parseQuery(raw);
  const shorter: string[] = [];
  for (let length = words.length - 1; length >= 2; length--)
    shorter.push(words.slice(0, length).join(' '));
  return shorter;
}

/** One ranking from several (the word query's đ spellings): each page at its best score. */
export function rankByBestScore(
  lists: readonly (readonly { id: string; score: number }[])[],
): string[] {
  const best = new Map<string, number>();
  for (const list of lists)
    for (const { id, score } of list) best.set(id, Math.max(score, best.get(id) ?? -Infinity));
  return [...best.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * The final order of result ids. `phraseHits` holds, per phrase, the ids matching any of its
 * spellings; `wordHits` is Pagefind's ranked answer to the word query. Exact-phrase searches all
 * score alike, so phrase hits keep the word query's order among themselves.
 */
export function mergeResults(
  mode: SearchPlan['mode'],
  phraseHits: string[][],
  wordHits: string[],
): string[] {
  if (mode === 'words' || phraseHits.length === 0) return [...wordHits];
  const [first = [], ...rest] = phraseHits;
  const inEvery = first.filter((id) => rest.every((hits) => hits.includes(id)));
  const phraseSet = new Set(inEvery);
  const ranked = [
    ...wordHits.filter((id) => phraseSet.has(id)),
    ...inEvery.filter((id) => !wordHits.includes(id)),
  ];
  if (mode === 'phrase-only') return ranked;
  return [...ranked, ...wordHits.filter((id) => !phraseSet.has(id))];
}
