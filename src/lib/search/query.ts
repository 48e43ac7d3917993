import {
  ABBREVIATION_KEYS,
  abbreviationOf,
  longFormWords,
  type Abbreviation,
} from './abbreviations.ts';
import { KIND_WORDS } from './facts.ts';
import { foldWord } from './fold.ts';
import { correctWord, type Vocabulary } from './vocabulary.ts';

/**
 * What a reader typed, turned into what to search. Abbreviations become their long forms
 * ("dvk" → "dân vận khéo"); with the site's vocabulary, a word the site never uses is read as
 * the slip it probably is ("dsng" → "dang") or left out; a query naming a kind of record
 * ("mô hình", "chuyện kể") says so, for the ranking to show that kind.
 */

/** Longest query read, in characters and in words: a pasted page must not block the search (issue 12). */
export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_WORDS = 10;

/**
 * Words that carry the question rather than its subject, folded: whole question phrases ("là
 * bao nhiêu", "như thế nào", "ở đâu") and function words ("của", "các", "những"). A page need
 * not hold them: they are searched only as part of the exact phrase. Words that are also common
 * content syllables once folded ("thế" in "thế hệ", "có", "cho") count only inside a phrase.
 */
const FILLER_WORDS = new Set(
  'la gi nao dau khong cua va cac nhung nen duoc ai may hay hoac'.split(' '),
);
const FILLER_PHRASES = [
  'bao nhieu',
  'nhu the nao',
  'the nao',
  'lam sao',
  'lam the nao',
  'tai sao',
  'vi sao',
  'o dau',
  'khi nao',
  'co khong',
  'co phai',
].map((phrase) => phrase.split(' '));

/** Which of the words only ask (FILLER_WORDS, FILLER_PHRASES). */
export function fillerWords(words: readonly string[]): boolean[] {
  const folded = words.map(foldWord);
  const filler = folded.map((word) => FILLER_WORDS.has(word));
  for (const phrase of FILLER_PHRASES)
    for (let at = 0; at + phrase.length <= folded.length; at++)
      if (phrase.every((word, i) => folded[at + i] === word))
        phrase.forEach((_, i) => (filler[at + i] = true));
  return filler;
}

/**
 * Text safe to search and to show back: no control or formatting characters (bidirectional
 * overrides, zero-width marks), NFC, single spaces, at most MAX_QUERY_WORDS words and
 * MAX_QUERY_LENGTH characters. Only the first few hundred characters are ever read.
 */
export function normalizeQuery(raw: string): string {
  const words = raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS);
  let text = '';
  for (const word of words) {
    const next = text ? `${text} ${word}` : word;
    if (next.length > MAX_QUERY_LENGTH) {
      if (!text) text = word.slice(0, MAX_QUERY_LENGTH);
      break;
    }
    text = next;
  }
  return text;
}

interface Token {
  word: string;
  /** Index of the quoted phrase the word belongs to, or -1. */
  group: number;
}

export interface ParsedQuery {
  /** The query as it may be shown back (normalizeQuery). */
  text: string;
  /** Each quoted part, as typed (inner text, spaces collapsed). */
  quoted: string[];
  /** Every word of the query, quoted or not, in order. */
  words: string[];
}

/** The words of a query, each with its quoted phrase (any kind of quotes); an unmatched quote is ignored. */
function tokens(text: string): Token[] {
  let plain = text.replace(/[“”„‟«»＂]/g, '"');
  if ((plain.match(/"/g) ?? []).length % 2) {
    const at = plain.lastIndexOf('"');
    plain = `${plain.slice(0, at)} ${plain.slice(at + 1)}`;
  }
  return plain.split('"').flatMap((part, index) =>
    part
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ word, group: index % 2 ? index : -1 })),
  );
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normalizeQuery(raw);
  const all = tokens(text);
  const groups = [...new Set(all.filter((t) => t.group >= 0).map((t) => t.group))];
  return {
    text,
    quoted: groups.map((g) =>
      all
        .filter((t) => t.group === g)
        .map((t) => t.word)
        .join(' '),
    ),
    words: all.map((t) => t.word),
  };
}

export interface QueryPlan {
  /** The query as typed, safe to show. */
  text: string;
  /** The words searched, after abbreviations and corrections. */
  words: string[];
  /** Quoted phrases (as words): every result must hold each. */
  phrases: string[][];
  /** Whether the last word may still be being typed: nothing follows it and the site has no such word. */
  lastIsPrefix: boolean;
  /** Words that only ask ("là", "bao nhiêu"), by position in `words`: a page need not hold them. */
  filler: boolean[];
  /** Abbreviations read as their long form. */
  expanded: Abbreviation[];
  /** Words read as another: "dsng" → "dang"; "chuyendoi" → "chuyen doi". */
  corrected: { typed: string; read: string }[];
  /** Words left out: the site never uses them and nothing close. */
  dropped: string[];
  /** The kind of record the query asks for, if any ("dan van kheo" → ["Mô hình"]). */
  kinds: string[];
}

const kindPhrases = Object.entries(KIND_WORDS).flatMap(([kind, phrases]) =>
  phrases.map((phrase) => ({ kind, words: phrase.split(' ').map(foldWord) })),
);

/** Words that may come before a kind's name in a query asking for that kind ("các chỉ tiêu", "danh sách mô hình"). */
const BEFORE_KIND = ['cac', 'nhung', 'tat ca', 'danh sach', 'moi'].map((words) => words.split(' '));

/**
 * The kind of record a query asks for: a kind's words at the head of the query, as Vietnamese
 * puts the head of a noun phrase first ("mô hình phòng cháy rừng", "chuyện kể THCS", "các chỉ
 * tiêu của Lào Cai"). Further in, the words belong to something else: "ghi lại câu chuyện của
 * cựu chiến binh" asks how to record a story, "cách đánh giá chỉ tiêu" for the method.
 */
export function namedKinds(words: readonly string[]): string[] {
  const folded = words.map(foldWord);
  const starts = [
    0,
    ...BEFORE_KIND.filter((lead) => lead.every((word, i) => folded[i] === word)).map(
      (lead) => lead.length,
    ),
  ];
  return [
    ...new Set(
      kindPhrases
        .filter(({ words: phrase }) =>
          starts.some((at) => phrase.every((word, i) => folded[at + i] === word)),
        )
        .map(({ kind }) => kind),
    ),
  ];
}

const searchable = (word: string) => /^\p{L}+$/u.test(word);

/** The vocabulary a slip is read against: the site's words and the abbreviations ("dvkk" → "dvk"). */
const withAbbreviations = new WeakMap<Vocabulary, Vocabulary>();
function readingVocabulary(vocabulary: Vocabulary): Vocabulary {
  let extended = withAbbreviations.get(vocabulary);
  if (!extended) {
    const rank = new Map(vocabulary.rank);
    for (const key of ABBREVIATION_KEYS) if (!rank.has(key)) rank.set(key, rank.size);
    extended = { rank, hasPrefix: (prefix, longer) => vocabulary.hasPrefix(prefix, longer) };
    withAbbreviations.set(vocabulary, extended);
  }
  return extended;
}

/**
 * The plan for a query. Without a vocabulary (not loaded yet, or failed), words are taken as
 * typed; with one, each plain word the site never uses is corrected or dropped. The last word
 * counts as known while some word starts with it: the reader may still be typing it.
 */
export function planQuery(raw: string, vocabulary?: Vocabulary): QueryPlan {
  const text = normalizeQuery(raw);
  const typed = tokens(text);
  const endsOpen = !/["\s]$/.test(raw.slice(0, MAX_QUERY_LENGTH * 4)) && typed.at(-1)?.group === -1;
  const out: Token[] = [];
  const expanded: Abbreviation[] = [];
  const corrected: QueryPlan['corrected'] = [];
  const dropped: string[] = [];
  typed.forEach((token, index) => {
    const last = index === typed.length - 1;
    const folded = foldWord(token.word);
    const abbreviation = abbreviationOf(token.word);
    // A last "kh" may be the start of "khéo" rather than "kế hoạch".
    const typing = last && endsOpen && typed.length > 1 && vocabulary?.hasPrefix(folded);
    if (abbreviation && !typing) {
      expanded.push(abbreviation);
      for (const word of longFormWords(abbreviation)) out.push({ word, group: token.group });
      return;
    }
    if (!vocabulary || !searchable(token.word) || vocabulary.rank.has(folded)) {
      out.push(token);
      return;
    }
    if (last && endsOpen && vocabulary.hasPrefix(folded)) {
      out.push(token);
      return;
    }
    const read = correctWord(folded, readingVocabulary(vocabulary));
    const meant = read && abbreviationOf(read);
    if (meant) {
      corrected.push({ typed: token.word, read: meant.short });
      expanded.push(meant);
      for (const word of longFormWords(meant)) out.push({ word, group: token.group });
    } else if (read) {
      corrected.push({ typed: token.word, read });
      for (const word of read.split(' ')) out.push({ word, group: token.group });
    } else dropped.push(token.word);
  });
  // Nothing left to search: no page holds any of the words (Pagefind would match any word
  // that begins them instead, such as the placeholder name "D" for "dvkz").
  const words = out;
  const groups = [...new Set(words.filter((t) => t.group >= 0).map((t) => t.group))];
  const lastToken = words.at(-1);
  return {
    text,
    words: words.map((t) => t.word),
    phrases: groups.map((g) => words.filter((t) => t.group === g).map((t) => t.word)),
    // Still being typed: nothing after it, and not yet a word of the site.
    lastIsPrefix:
      endsOpen &&
      lastToken !== undefined &&
      lastToken === typed.at(-1) &&
      !vocabulary?.rank.has(foldWord(lastToken.word)),
    filler: fillerWords(words.map((t) => t.word)),
    expanded,
    corrected,
    dropped,
    kinds: namedKinds(words.map((t) => t.word)),
  };
}
