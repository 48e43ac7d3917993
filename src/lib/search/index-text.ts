import { foldD } from './fold.ts';
import { htmlToText } from './html-text.ts';

/**
 * Text preparation for the search index (run at build time on every built page).
 * Kept free of an HTML parser on purpose: it runs on every page of a 10,000-page build.
 */

/** Meta fields the build adds for searching only; they are never shown to readers. */
export const FOLDED_D_META = 'dfold';

/**
 * The readable text of the element marked data-pagefind-body (or of <body>), without scripts,
 * styles and tags. Empty when the page has neither.
 */
export function indexedText(html: string): string {
  const open =
    /<(\w+)\b[^>]*\sdata-pagefind-body\b[^>]*>/.exec(html) ?? /<(body)\b[^>]*>/.exec(html);
  if (!open) return '';
  const start = open.index + open[0].length;
  const close = html.lastIndexOf(`</${open[1]}>`);
  const inner = html.slice(start, close > start ? close : undefined);
  return htmlToText(inner.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The distinct words holding đ, folded to d, without marks and lower-cased: "Đại hội đại
 * biểu, Đảng" → "dai dang". Indexed as a searched meta field so that "dai hoi" finds "Đại hội".
 */
export function foldedDWords(text: string): string {
  const words = new Set<string>();
  for (const match of text.normalize('NFC').matchAll(/[^\s]*[đĐ][^\s]*/g)) {
    const word = foldD(match[0].normalize('NFD').replace(/\p{M}/gu, ''))
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word) words.add(word);
  }
  // A comma would split Pagefind's meta attribute into several fields.
  return [...words].join(' ').replace(/,/g, ' ');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Block elements: the built HTML has no whitespace between them, and Pagefind would glue their words. */
const BLOCK_EDGE =
  /(<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|table|td|th|tr|ul)>|<br\s*\/?>)/gi;

/**
 * The HTML handed to Pagefind for one page: NFC-normalised (Pagefind drops the marks of
 * decomposed text), a space after each block element (so "<dt>Loại</dt><dd>số lượng</dd>" is
 * not indexed as "Loạisố"), and the folded-đ words added as a hidden meta field inside the
 * indexed element. The page served to readers is not changed.
 */
export function htmlForIndex(html: string): string {
  const nfc = html.normalize('NFC').replace(BLOCK_EDGE, '$1 ');
  const folded = foldedDWords(indexedText(nfc));
  if (!folded) return nfc;
  const field = `<span hidden data-pagefind-meta="${FOLDED_D_META}:${escapeAttribute(folded)}"></span>`;
  const open = /<\w+\b[^>]*\sdata-pagefind-body\b[^>]*>/.exec(nfc);
  if (!open) return nfc;
  const at = open.index + open[0].length;
  return `${nfc.slice(0, at)}${field}${nfc.slice(at)}`;
}
