/**
 * Every kind of page the site builds, told apart by its path (relative to the site root), with
 * the byte budgets a phone pays for it. The quality gates (test/site/*-gates.test.ts) crawl every
 * built page and classify it here; a page that matches no entry fails the gates, so a new content
 * type must be added to this one list (more specific patterns first: the first match wins).
 *
 * Pattern syntax: "*" is exactly one path segment, "**" one or more; anything else is literal.
 */
export interface PageType {
  name: string;
  /** Site-relative path patterns, e.g. "/ke-hoach/*\/". */
  patterns: readonly string[];
  /** Gzip bytes of HTML + CSS + fonts a phone downloads to show the page. */
  maxTotal: number;
  /** Gzip bytes of JavaScript in the initial page load (inline and linked); 0 = the page needs none. */
  maxScript: number;
}

const KB = 1024;

/** CSS of any page, gzip. */
export const MAX_CSS = 15 * KB;

/** Text pages (reading matter): HTML + CSS + fonts. */
const TEXT_PAGE = 60 * KB;
/** Lists and overviews grow with the content; a breach means "paginate or trim". */
const LIST_PAGE = 100 * KB;

export const pageTypes: readonly PageType[] = [
  { name: 'home', patterns: ['/'], maxTotal: LIST_PAGE, maxScript: 0 },
  { name: 'not-found', patterns: ['/404.html'], maxTotal: TEXT_PAGE, maxScript: 0 },
  { name: 'list', patterns: ['/ke-hoach/', '/nhiem-vu/', '/chi-tieu/', '/chu-de/'], maxTotal: LIST_PAGE, maxScript: 0 },
  // The "copy link" control of numbered sections (CopyLink.astro) is a small inline script.
  { name: 'plan', patterns: ['/ke-hoach/*/'], maxTotal: TEXT_PAGE, maxScript: 1 * KB },
  { name: 'task', patterns: ['/nhiem-vu/**'], maxTotal: TEXT_PAGE, maxScript: 0 },
  { name: 'target', patterns: ['/chi-tieu/**'], maxTotal: TEXT_PAGE, maxScript: 0 },
  { name: 'theme', patterns: ['/chu-de/*/'], maxTotal: LIST_PAGE, maxScript: 0 },
];

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '[^?#]+' : part === '*' ? '[^/?#]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The type of a page at a site-relative path ("/ke-hoach/x/"), or undefined when none matches. */
export function classifyPage(path: string, types: readonly PageType[] = pageTypes): PageType | undefined {
  return types.find((type) => type.patterns.some((pattern) => matches(pattern, path)));
}

/** One path per page type (the first in sorted order), for checks too slow to run on every page. */
export function onePagePerType(paths: readonly string[], types: readonly PageType[] = pageTypes): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const type = classifyPage(path, types);
    if (type && !chosen.has(type.name)) chosen.set(type.name, path);
  }
  return chosen;
}
