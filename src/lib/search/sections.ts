import { excerpt, matchPositions, stretchScore, type Segment } from './excerpt.ts';

/**
 * Which part of a page a hit lies in, so a hit inside "mục II.2.4" of a plan links to
 * #muc-ii-2-4. Pagefind reports every element with an id and the word where it starts;
 * its own sub-results only split on headings, while the plans' numbered paragraphs are
 * <div id="muc-…">, so the split is done here.
 */

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface SectionHit {
  /** Address of the section (page URL + #id), or the page itself for hits outside any section. */
  url: string;
  /** How the section is named to readers: "mục II.2.4", a heading's text, or "" for the page. */
  label: string;
  excerpt: Segment[];
}

/** Inline elements with ids (footnote references, links) never start a section. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'data',
  'em',
  'i',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
]);
const HEADING = /^h[1-6]$/;
const NUMBERED = /^muc-([ivxlc]+(?:-[0-9a-z]+)*)$/;

/** "muc-ii-2-4" → "mục II.2.4"; a heading as "phần “Cách đo”"; "" for a boundary that is not a section. */
export function sectionLabel(anchor: Anchor): string {
  const numbered = NUMBERED.exec(anchor.id);
  if (numbered) {
    const [roman, ...rest] = numbered[1]!.split('-');
    return `mục ${[roman!.toUpperCase(), ...rest].join('.')}`;
  }
  const heading = HEADING.test(anchor.element) ? (anchor.text ?? '').trim() : '';
  if (heading) return `phần “${heading}”`;
  return '';
}

/**
 * The page's hits grouped by section, best first, at most `limit`: each with its link, its
 * label and an excerpt taken from inside the section. A page found through its searched
 * fields only (an abbreviation's long form, a kind's words) shows its opening words.
 */
export function sectionHits(
  page: { url: string; content: string; anchors: Anchor[] },
  queryWords: readonly string[],
  { lastIsPrefix = false, limit = 3 } = {},
): SectionHit[] {
  const words = page.content.split(/\s+/).filter(Boolean);
  const matches = matchPositions(words, queryWords, lastIsPrefix);
  if (matches.size === 0) return [{ url: page.url, label: '', excerpt: excerpt(words, matches) }];
  const boundaries = page.anchors
    .filter((anchor) => !INLINE.has(anchor.element))
    .sort((a, b) => a.location - b.location);
  const starts = [
    { location: 0, url: page.url, label: '' },
    ...boundaries.map((anchor) => {
      const label = sectionLabel(anchor);
      return {
        location: anchor.location,
        url: label ? `${page.url}#${anchor.id}` : page.url,
        label,
      };
    }),
  ];
  const scored = starts
    .map((start, index) => {
      const end = starts[index + 1]?.location ?? words.length;
      return { ...start, end, score: stretchScore(matches, start.location, end) };
    })
    .filter((part) => part.end > part.location && part.score > 0);
  // Parts that are not sections (the page itself, notes, signature) are one "page" hit.
  const merged = new Map<string, (typeof scored)[number]>();
  for (const part of scored) {
    const known = merged.get(part.url);
    if (!known || part.score > known.score) merged.set(part.url, part);
  }
  return [...merged.values()]
    .sort((a, b) => b.score - a.score || a.location - b.location)
    .slice(0, limit)
    .map((part) => ({
      url: part.url,
      label: part.label,
      excerpt: excerpt(words, matches, part.location, part.end),
    }));
}
