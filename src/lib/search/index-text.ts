import { longFormsIn } from './abbreviations.ts';
import { HUB_KINDS, KIND_WORDS, META } from './facts.ts';
import { strokeD } from './fold.ts';
import { htmlToText } from './html-text.ts';

/**
 * Text preparation for the search index (run at build time on every built page).
 * Kept free of an HTML parser on purpose: it runs on every page of a 10,000-page build.
 */

/** Weight of a hub page's own words against a record's (1): found by name, ranked below the records. */
export const HUB_WEIGHT = 0.3;

const BODY_TAG = /<(\w+)\b[^>]*\sdata-pagefind-body\b[^>]*>/g;

/**
 * The first tag carrying data-pagefind-body (its name in [1]), as BODY_TAG's first match would
 * find it, without running the tag pattern from the top of a page whose head and charts may be
 * most of its bytes: no match can start before the ">" that precedes the attribute's first
 * occurrence, so the search starts there.
 */
function bodyTag(html: string): RegExpExecArray | null {
  const attribute = html.search(/\sdata-pagefind-body\b/);
  if (attribute < 0) return null;
  BODY_TAG.lastIndex = html.lastIndexOf('>', attribute) + 1;
  const open = BODY_TAG.exec(html);
  BODY_TAG.lastIndex = 0;
  return open;
}

/**
 * The readable text of the element marked data-pagefind-body (or of <body>), without scripts,
 * styles and tags. Empty when the page has neither.
 */
export function indexedText(html: string): string {
  const open = bodyTag(html) ?? /<(body)\b[^>]*>/.exec(html);
  if (!open) return '';
  const start = open.index + open[0].length;
  const close = html.lastIndexOf(`</${open[1]}>`);
  const inner = html.slice(start, close > start ? close : undefined);
  return htmlToText(inner.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const BLOCKS =
  'address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|table|td|th|tr|ul';
/** Block elements: the built HTML may have no whitespace around them, and Pagefind would glue their words. */
const BLOCK_EDGE = new RegExp(`(</(?:${BLOCKS})>|<br\\s*/?>)|(<(?:${BLOCKS})\\b)`, 'gi');

/** The value of one of the page's own meta facts (SearchFacts.astro), e.g. its kind. */
function metaFact(html: string, key: string): string | undefined {
  return new RegExp(`data-pagefind-meta="${key}\\[data-value\\]"\\s+data-value="([^"]*)"`).exec(
    html,
  )?.[1];
}

/**
 * A hub page (list, home, teachers', progress, method) is indexed by its own words only: each
 * list item that is a link to another page, and each table, is left out (those pages have their
 * own results), and what remains weighs HUB_WEIGHT.
 */
function asHub(html: string, open: RegExpExecArray): string {
  const at = open.index + open[0].length - 1;
  const weighted = `${html.slice(0, at)} data-pagefind-weight="${HUB_WEIGHT}"${html.slice(at)}`;
  return weighted
    .replace(/<li\b([^>]*)>(\s*<a\s)/gi, '<li$1 data-pagefind-ignore>$2')
    .replace(/<table\b/gi, '<table data-pagefind-ignore');
}

/** đ spelt with STROKE in the text and in searched meta values; filter values stay as written (they are matched exactly, not searched). */
function strokeForIndex(html: string): string {
  return html.replace(/[đĐ]/g, (letter, at: number) => {
    // Inside a tag when a "<" follows the last ">" before it; that tag ends at the next ">".
    const tagStart = html.indexOf('<', html.lastIndexOf('>', at) + 1);
    if (tagStart < 0 || tagStart > at) return strokeD(letter);
    const tagEnd = html.indexOf('>', at);
    const tag = html.slice(tagStart, tagEnd < 0 ? undefined : tagEnd);
    return tag.includes('data-pagefind-meta') ? strokeD(letter) : letter;
  });
}

/** An inline SVG: its opening tag [1], contents [2] and closing tag [3]. */
const SVG = /(<svg\b[^>]*>)([\s\S]*?)(<\/svg>)/g;
/** SVG elements that hold words a reader may search for. */
const SVG_WORDS = /<(?:text|title|desc|foreignObject)\b/;

/**
 * The page with each inline SVG that holds only shapes emptied: the site's charts draw their words
 * as outlines and its icons are paths, a third of the site's HTML that Pagefind would otherwise
 * parse for no word at all. An SVG with words (text, title) is left whole.
 */
function withoutDrawings(html: string): string {
  return html.replace(SVG, (svg, open: string, contents: string, close: string) =>
    SVG_WORDS.test(contents) ? svg : `${open}${close}`,
  );
}

/**
 * The HTML handed to Pagefind for one page: its inline drawings emptied; NFC-normalised (Pagefind drops the marks of
 * decomposed text); a space around each block element (so "<dt>Loại</dt><dd>số lượng</dd>" is
 * not indexed as "Loạisố"); a hidden searched field with the words of the page's kind and the
 * long forms of the abbreviations it writes; hub pages reduced to their own words; đ spelt with
 * STROKE so that Pagefind folds it to d. The page served to readers is not changed.
 */
export function htmlForIndex(html: string): string {
  let nfc = withoutDrawings(html)
    .normalize('NFC')
    .replace(BLOCK_EDGE, (_, close?: string, open?: string) => (close ? `${close} ` : ` ${open}`));
  const open = bodyTag(nfc);
  if (!open) return strokeForIndex(nfc);
  const kind = metaFact(nfc, META.kind) ?? '';
  const alias = [...(KIND_WORDS[kind] ?? []), ...longFormsIn(indexedText(nfc))];
  if (HUB_KINDS.includes(kind)) nfc = asHub(nfc, open);
  const body = bodyTag(nfc)!;
  const at = body.index + body[0].length;
  // A comma would split Pagefind's meta attribute into several fields.
  const field = alias.length
    ? `<span hidden data-pagefind-meta="${META.alias}:${escapeAttribute(alias.join(' ').replace(/,/g, ' '))}"></span>`
    : '';
  return strokeForIndex(`${nfc.slice(0, at)}${field}${nfc.slice(at)}`);
}
