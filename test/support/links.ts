import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listPages } from '../../scripts/support/dist.ts';

export interface Link {
  href: string;
  /** "follow": a reader clicks it (a, link rel=canonical…); "load": the browser fetches it with the page. */
  kind: 'follow' | 'load';
}

/** Every address a page asks the browser to load or follow: links, stylesheets, scripts, images. */
export function linksOf(html: string): Link[] {
  const { document } = parseHTML(html);
  const loads = (el: Element) =>
    el.tagName !== 'A' &&
    ['stylesheet', 'icon', 'preload', 'modulepreload'].includes(
      el.getAttribute('rel') ?? 'stylesheet',
    );
  const links: Link[] = [
    ...[...document.querySelectorAll('a[href], link[href]')].map((el): Link => ({
      href: el.getAttribute('href')!,
      kind: loads(el) ? 'load' : 'follow',
    })),
    ...[
      ...document.querySelectorAll(
        'script[src], img[src], source[src], video[src], audio[src], iframe[src]',
      ),
    ].map((el): Link => ({ href: el.getAttribute('src')!, kind: 'load' })),
    ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) =>
      el
        .getAttribute('srcset')!
        .split(',')
        .map((part): Link => ({ href: part.trim().split(/\s+/)[0]!, kind: 'load' })),
    ),
  ];
  return links.filter((link) => link.href !== '');
}

/** Ids on a page, for #anchors. */
export function idsOf(html: string): Set<string> {
  const { document } = parseHTML(html);
  return new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Checks every internal link of a built site (in `dir`, served at `origin` + `base`): the file
 * exists, and an #anchor exists on the target page. Anything loaded from another site is listed.
 */
export function checkSiteLinks(
  dir: string,
  origin: string,
  base = '/',
): { broken: BrokenLink[]; externalLoads: string[]; checked: number } {
  const broken: BrokenLink[] = [];
  const externalLoads = new Set<string>();
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  const fileFor = (pathname: string) => {
    const relative = decodeURIComponent(pathname.slice(base.length));
    const file = join(dir, relative);
    return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  };
  for (const page of listPages(dir)) {
    const pageUrl = new URL(`${base}${page.replace(/^\//, '')}`, origin);
    const html = readFileSync(fileFor(pageUrl.pathname), 'utf8');
    for (const { href, kind } of linksOf(html)) {
      const url = new URL(href, pageUrl);
      if (url.origin !== origin) {
        if (kind === 'load' && url.protocol !== 'data:') externalLoads.add(url.href);
        continue;
      }
      checked++;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const file = fileFor(url.pathname);
      if (!existsSync(file)) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      if (url.hash.length > 1 && file.endsWith('.html')) {
        if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
        if (!idCache.get(file)!.has(decodeURIComponent(url.hash.slice(1))))
          broken.push({ page, href, reason: 'no such anchor' });
      }
    }
  }
  return { broken, externalLoads: [...externalLoads].sort(), checked };
}
