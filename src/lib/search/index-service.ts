/** Takes each built page's HTML for the search index while pages are rendered (src/integrations/search-index.ts). */
export interface SearchIndexService {
  /**
   * `url`: the page's address (see streamedPageUrl); `html`: the bytes Astro writes, taken over
   * (the buffer is moved to the indexing thread and is empty afterwards). Resolves when the
   * next page may come (at once, unless indexing has fallen far behind).
   */
  add(url: string, html: ArrayBuffer): Promise<void>;
}

/** Where the build's search index service is found while pages are rendered. */
export const SEARCH_INDEX_SERVICE = Symbol.for('ccb-bien-gioi.search-index-service');

/**
 * The address Pagefind records for a rendered page, when it is sure: an HTML page answered with
 * 200 at a folder address ("/ke-hoach/x/") is built as that folder's index.html, which the index
 * has always named by the folder. Anything else (the 404 page, built as "404.html"; an endpoint
 * writing "admin/index.html") is undefined here and indexed from its file once the site is
 * written, under the address its file gives.
 */
export function streamedPageUrl(pathname: string, status: number): string | undefined {
  return status === 200 && pathname.endsWith('/') ? pathname : undefined;
}

/** The address the index gives a built HTML file ("ke-hoach/x/index.html" → "/ke-hoach/x/"), under `base`. */
export function builtFileUrl(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Whether a page marks the part of it Pagefind indexes. Once any page of a site does, Pagefind
 * leaves out every page that does not (and indexes whole pages only on a site where none does).
 */
export const marksIndexedBody = (html: string): boolean => /\sdata-pagefind-body\b/.test(html);
