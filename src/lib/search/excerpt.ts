import { foldWord, isUnaccented, stripMarks } from './fold.ts';

/**
 * Excerpts with the hits marked, built from a result's plain text. Our own marking rather than
 * Pagefind's: Pagefind marks every word a query word starts ("danh", "đang" for "dan").
 */

export interface Segment {
  text: string;
  mark: boolean;
}

/** Words shown in an excerpt. */
export const EXCERPT_WORDS = 30;

/**
 * Positions of the words in `words` that match the query, with the query word each matched.
 * A content word matches a query word when it is that word as a whole syllable, marks ignored
 * ("dan" marks "Dân", never "danh" or "đang"); a query word typed without any mark also
 * matches đ as d ("dai" → "Đại"), while one typed with marks keeps đ and d apart ("dân" never
 * marks "Đảng"). While the reader may still be typing the last word (`lastIsPrefix`), it also
 * marks words it starts, but only on a page where it is nowhere a whole syllable.
 */
export function matchPositions(
  words: readonly string[],
  queryWords: readonly string[],
  lastIsPrefix = false,
): Map<number, string> {
  const query = [...new Set(queryWords)]
    .map((word) =>
      isUnaccented(word)
        ? { key: foldWord(word), fold: foldWord }
        : { key: stripMarks(word), fold: stripMarks },
    )
    .filter((q) => q.key);
  const matches = new Map<number, string>();
  words.forEach((word, position) => {
    const hit = query.find((q) => q.fold(word) === q.key);
    if (hit) matches.set(position, hit.key);
  });
  const last = lastIsPrefix ? query.at(-1) : undefined;
  if (last && ![...matches.values()].includes(last.key))
    words.forEach((word, position) => {
      if (!matches.has(position) && last.fold(word).startsWith(last.key))
        matches.set(position, last.key);
    });
  return matches;
}

/** How good a window is: distinct query words, then a run of consecutive matches, then hits. */
function windowScore(matches: Map<number, string>, start: number, end: number): number {
  const distinct = new Set<string>();
  let hits = 0;
  let run = 0;
  let bestRun = 0;
  for (let i = start; i < end; i++) {
    const hit = matches.get(i);
    if (hit) {
      distinct.add(hit);
      hits++;
      run++;
      bestRun = Math.max(bestRun, run);
    } else run = 0;
  }
  return distinct.size * 10_000 + bestRun * 100 + hits;
}

/**
 * The best excerpt of `words[from..to)` for the query: the window of EXCERPT_WORDS words holding
 * the most distinct query words (a phrase beats scattered words), hits marked.
 */
export function excerpt(
  words: readonly string[],
  matches: Map<number, string>,
  from = 0,
  to = words.length,
): Segment[] {
  const length = Math.min(EXCERPT_WORDS, to - from);
  let bestStart = from;
  let bestScore = -1;
  for (const position of [from, ...matches.keys()]) {
    if (position < from || position >= to) continue;
    const start = Math.max(from, Math.min(position - 4, to - length));
    const score = windowScore(matches, start, start + length);
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  const segments: Segment[] = [];
  if (bestStart > from) segments.push({ text: '… ', mark: false });
  for (let i = bestStart; i < bestStart + length; i++) {
    const text = `${words[i]}${i < bestStart + length - 1 ? ' ' : ''}`;
    if (matches.has(i)) {
      // Only the word is highlighted: quotes, commas and the space stay outside the mark.
      const [, before = '', word = '', after = ''] =
        /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text)!;
      appendPlain(segments, before);
      segments.push({ text: word, mark: true });
      appendPlain(segments, after);
    } else appendPlain(segments, text);
  }
  if (bestStart + length < to) segments.push({ text: ' …', mark: false });
  return segments;
}

function appendPlain(segments: Segment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last && !last.mark) last.text += text;
  else segments.push({ text, mark: false });
}

/** Score of a stretch of text for the query, to rank sections of one page against each other. */
export function stretchScore(matches: Map<number, string>, from: number, to: number): number {
  return windowScore(matches, from, to);
}
