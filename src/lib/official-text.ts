import type { MdxNode, MdxRoot } from './mdx/parse.ts';
import { attributeValue, childrenOf, isJsxElement, lineOf } from './mdx/tree.ts';

/**
 * The words of an official text, read two ways, to compare them: from the provenance text
 * (content/ke-hoach/nguon/*.txt, extracted from the signed PDF) and from the MDX files the site
 * publishes (a plan's body, with each <Task/> and <Target/> placeholder replaced by that item's
 * text, editor's notes left out). The two must be the same words in the same order; whitespace and
 * line breaks do not count, every other character does.
 */

/** Where a plan's body lies in its provenance text (the plan's `source` field). */
export interface SourceSpan {
  /** Opening words of the body, as printed. */
  bodyStart: string;
  /** Closing words of the body, as printed. */
  bodyEnd: string;
  /** Lines of the extraction that are not the document (e.g. a copyright footer on every page). */
  ignoreLines?: readonly string[];
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A page number on a line of its own: an artefact of extracting the PDF, not of the document. */
const isPageNumber = (line: string) => /^\s*\d+\s*$/.test(line);

/**
 * The provenance text without what extracting the PDF added: page numbers, the lines
 * `ignoreLines` names, and line breaks inside a hyphenated word ("Kết luận 196-" at the end of a
 * line, "KL/TW" on the next, is printed "196-KL/TW"; a hyphen standing between spaces, as in
 * "kinh tế - xã hội", stays a word of its own).
 */
export function withoutArtefacts(text: string, ignoreLines: readonly string[] = []): string {
  return text
    .split('\n')
    .filter((line) => !isPageNumber(line) && !ignoreLines.includes(line.trim()))
    .join('\n')
    .replace(/(\S-)[ \t]*\n[ \t]*(?=\S)/g, '$1');
}

/** The words of a text: runs of characters other than whitespace. */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export type SourceBody = { words: string[] } | { missing: 'bodyStart' | 'bodyEnd' };

/**
 * The words of a plan's body in its provenance text: from the word holding the start of
 * `bodyStart` to the one holding the end of `bodyEnd`, found whatever the line breaks.
 */
export function sourceBodyWords(text: string, span: SourceSpan): SourceBody {
  const words = wordsOf(withoutArtefacts(text, span.ignoreLines));
  // Each character of the text without whitespace, and the word it belongs to.
  const wordAt: number[] = [];
  words.forEach((word, index) => {
    for (let i = 0; i < word.length; i++) wordAt.push(index);
  });
  const squeezed = words.join('');
  const start = squeezed.indexOf(squeeze(span.bodyStart));
  if (start < 0 || !squeeze(span.bodyStart)) return { missing: 'bodyStart' };
  const end = squeezed.indexOf(squeeze(span.bodyEnd), start);
  if (end < 0 || !squeeze(span.bodyEnd)) return { missing: 'bodyEnd' };
  const last = end + squeeze(span.bodyEnd).length - 1;
  return { words: words.slice(wordAt[start], (wordAt[last] ?? words.length - 1) + 1) };
}

/** The provenance text last searched, cleaned and squeezed: a plan's lines are all looked for in the same text. */
let lastSource: { text: string; squeezed: string } | undefined;

/** Whether a text appears in the provenance text, whatever its line breaks. */
export function inSource(sourceText: string, text: string): boolean {
  if (lastSource?.text !== sourceText)
    lastSource = { text: sourceText, squeezed: squeeze(withoutArtefacts(sourceText)) };
  return lastSource.squeezed.includes(squeeze(text));
}

/** A word of a published text and where it was written. */
export interface PlacedWord {
  word: string;
  file: string;
  line: number;
}

/** A run of characters read from a file, starting at `line` (line breaks inside count on). */
interface Piece {
  text: string;
  file: string;
  line: number;
}

/** Inline nodes: their text runs on with the text around them, without a break between. */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
]);

/** What the words of a placeholder are: the words of the item it stands for, or none. */
export type ExpandPlaceholder = (component: 'Task' | 'Target', id: string) => PlacedWord[];

const isEditorNote = (node: MdxNode) => isJsxElement(node) && node.name === 'EditorNote';

/**
 * The words of an official text as the site publishes it: the text of `tree` (a body of `file`)
 * without its editor's notes, each placeholder replaced by `expand`'s words.
 */
export function officialWords(
  tree: MdxRoot,
  file: string,
  expand: ExpandPlaceholder = () => [],
): PlacedWord[] {
  const pieces: (Piece | PlacedWord[])[] = [];
  const gap = () => pieces.push({ text: ' ', file, line: 0 });
  const visit = (node: MdxNode) => {
    if (isEditorNote(node)) return;
    if (isJsxElement(node) && (node.name === 'Task' || node.name === 'Target')) {
      const id = attributeValue(node, 'id');
      gap();
      if (id !== undefined) pieces.push(expand(node.name, id));
      gap();
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      pieces.push({ text: node.value, file, line: lineOf(node) });
      return;
    }
    if (node.type === 'break') {
      gap();
      return;
    }
    const block = !PHRASING.has(node.type);
    if (block) gap();
    for (const child of childrenOf(node)) visit(child);
    if (block) gap();
  };
  visit(tree);
  return wordsOfPieces(pieces);
}

/** Cuts pieces into words; a word runs on across pieces (text, a note left out, more text). */
function wordsOfPieces(pieces: readonly (Piece | PlacedWord[])[]): PlacedWord[] {
  const words: PlacedWord[] = [];
  let current: PlacedWord | undefined;
  for (const piece of pieces) {
    if (Array.isArray(piece)) {
      current = undefined;
      words.push(...piece);
      continue;
    }
    let line = piece.line;
    for (const character of piece.text) {
      if (/\s/.test(character)) {
        current = undefined;
        if (character === '\n') line++;
        continue;
      }
      if (!current) {
        current = { word: '', file: piece.file, line };
        words.push(current);
      }
      current.word += character;
    }
  }
  return words;
}

/** An editor's note that quotes the original words it explains (“Nguyên văn “…”, …”). */
export interface QuotingNote {
  /** The words quoted, as they must stand right before the note. */
  quote: string;
  line: number;
  /** Whether the text right before the note ends with the quoted words. */
  follows: boolean;
}

/** The quote of a note that starts “Nguyên văn “…””: the original words it is about. */
const NOTE_QUOTE = /^\s*Nguyên văn “([^”]+)”/;

/**
 * The editor's notes of an official text that say which original words they are about
 * (“Nguyên văn “nhiện vụ”, có lẽ là …”), and whether each stands right after those words: a note
 * moved away from its words would explain the wrong place.
 */
export function quotingNotes(tree: MdxRoot): QuotingNote[] {
  const notes: QuotingNote[] = [];
  let before = '';
  const visit = (node: MdxNode) => {
    if (isEditorNote(node)) {
      const note = childrenOf(node).map(textOfNote).join('');
      const quote = NOTE_QUOTE.exec(note)?.[1];
      if (quote)
        notes.push({ quote, line: lineOf(node), follows: before.endsWith(squeeze(quote)) });
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') before += squeeze(node.value);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(tree);
  return notes;
}

const textOfNote = (node: MdxNode): string =>
  node.type === 'text' || node.type === 'inlineCode'
    ? node.value
    : childrenOf(node).map(textOfNote).join('');

/** One place where the published words differ from the original's. */
export interface WordDifference {
  /** Index in the original's words where the difference starts. */
  at: number;
  /** Words of the original replaced or left out (empty when words were added). */
  original: string[];
  /** Words written instead (empty when words were left out). */
  written: PlacedWord[];
  /** The published word just after the difference (to place a left-out word), if any. */
  next: PlacedWord | undefined;
  /** The published word just before it, if any. */
  previous: PlacedWord | undefined;
}

export type WordComparison =
  { differences: WordDifference[] } | { tooDifferent: true; firstAt: number };

/**
 * The differences between the original's words and the published ones (Myers' diff, as `diff`
 * does for lines), grouped into places. Past `maxEdits` edits the texts are not two versions of
 * one text (e.g. the wrong provenance file): `tooDifferent`, with where they first differ.
 */
export function compareWords(
  original: readonly string[],
  written: readonly PlacedWord[],
  maxEdits = 400,
): WordComparison {
  const script = editScript(
    original,
    written.map((w) => w.word),
    maxEdits,
  );
  if (!script) {
    let first = 0;
    while (first < original.length && original[first] === written[first]?.word) first++;
    return { tooDifferent: true, firstAt: first };
  }
  const differences: WordDifference[] = [];
  let i = 0;
  let j = 0;
  let current: WordDifference | undefined;
  for (const step of script) {
    if (step === '=') {
      if (current) {
        current.next = written[j];
        differences.push(current);
        current = undefined;
      }
      i++;
      j++;
      continue;
    }
    current ??= { at: i, original: [], written: [], next: undefined, previous: written[j - 1] };
    if (step === '-') current.original.push(original[i++]!);
    else current.written.push(written[j++]!);
  }
  if (current) differences.push(current);
  return { differences };
}

/**
 * The shortest edit script turning `a` into `b`: '=' keep, '-' drop from a, '+' add from b.
 * Myers' O((N+M)·D) algorithm; undefined past `maxEdits` edits.
 */
function editScript(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number,
): ('=' | '-' | '+')[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = maxEdits + 1;
  let v = new Array<number>(2 * offset + 1).fill(0);
  const trace: number[][] = [];
  for (let d = 0; d <= maxEdits; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      // Only a path that never stepped past an end can land exactly on both ends.
      if (x === n && y === m) return backtrack(trace, d, n, m, offset, a, b);
    }
    v = next;
  }
  return undefined;
}

function backtrack(
  trace: readonly number[][],
  edits: number,
  n: number,
  m: number,
  offset: number,
  a: readonly string[],
  b: readonly string[],
): ('=' | '-' | '+')[] {
  const script: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY && a[x - 1] === b[y - 1]) {
      script.push('=');
      x--;
      y--;
    }
    script.push(down ? '+' : '-');
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    script.push('=');
    x--;
    y--;
  }
  return script.reverse();
}
