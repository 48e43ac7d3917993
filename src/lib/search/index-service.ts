/** Takes each built page's HTML for the search index while pages are rendered (src/integrations/search-index.ts). */
export interface SearchIndexService {
  /**
   * `pathname`: the page's address as requested ("/ke-hoach/x/", "/404"); `html`: the bytes Astro
   * writes, taken over (the buffer is moved to the indexing thread and is empty afterwards).
   */
  add(pathname: string, html: ArrayBuffer): void;
}

/** Where the build's search index service is found while pages are rendered. */
export const SEARCH_INDEX_SERVICE = Symbol.for('ccb-bien-gioi.search-index-service');

/**
 * The address Pagefind records for a page: the folder for a page built as "x/index.html", the
 * file itself for one built as "x.html" (the 404 page: "/404" → "/404.html").
 */
export function indexedUrl(pathname: string): string {
  return pathname.endsWith('/') || pathname.endsWith('.html') ? pathname : `${pathname}.html`;
}

/**
 * Whether a page marks the part of it Pagefind indexes. Once any page of a site does, Pagefind
 * leaves out every page that does not (and indexes whole pages only on a site where none does).
 */
export const marksIndexedBody = (html: string): boolean => /\sdata-pagefind-body\b/.test(html);
