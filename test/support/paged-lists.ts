import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * Reading a built site's paged lists as a reader without JavaScript does: page 1, then the
 * "Trang sau" link, again and again; and the whole site, from the home page, link by link.
 */

/** The document at a site path ("/mo-hinh/trang-2/") of the built site in `dir`. */
export function pageIn(dir: string, path: string): Document {
  const file = join(dir, path.replace(/^\//, ''));
  const html = readFileSync(
    existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file,
    'utf8',
  );
  return parseHTML(html).document;
}

/** Every page of the list whose first page is `firstPage`, in order, by following "Trang sau". */
export function followPages(dir: string, firstPage: string): { path: string; doc: Document }[] {
  const pages: { path: string; doc: Document }[] = [];
  let path: string | null | undefined = firstPage;
  while (path && pages.length < 1000) {
    const doc = pageIn(dir, path);
    pages.push({ path, doc });
    path = doc.querySelector('[data-page-nav] a[rel="next"]')?.getAttribute('href');
  }
  return pages;
}

/** Site paths of every HTML page reached from `start` by following links (a[href]) inside the site. */
export function reachableFrom(dir: string, start = '/'): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const from = queue.shift()!;
    for (const link of pageIn(dir, from).querySelectorAll('a[href]')) {
      const url = new URL(link.getAttribute('href')!, `http://site.invalid${from}`);
      if (url.origin !== 'http://site.invalid' || !url.pathname.endsWith('/')) continue;
      if (seen.has(url.pathname) || !existsSync(join(dir, url.pathname, 'index.html'))) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return seen;
}
