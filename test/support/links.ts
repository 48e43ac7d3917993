import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { SiteFiles } from './page-weight.ts';

/**
 * Links inside the site that lead nowhere: a missing page or file, or a "#fragment" that the
 * target page does not have. Links work without JavaScript, so this is checked on the HTML itself.
 */
export function brokenLinks(site: SiteFiles, path: string, cache = new Map<string, Set<string>>()): string[] {
  const base = site.base ?? '/';
  const pageUrl = new URL(`${base}${path.replace(/^\//, '')}`, 'http://site.invalid');
  const html = readFileSync(fileFor(site, pageUrl.pathname)!, 'utf8');
  const problems: string[] = [];
  for (const link of parseHTML(html).document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    const target = new URL(href, pageUrl);
    if (target.origin !== pageUrl.origin || !/^https?:$/.test(target.protocol)) continue;
    const file = target.pathname.startsWith(base) ? fileFor(site, target.pathname) : undefined;
    if (!file) {
      problems.push(`broken link: ${href} (no such page)`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOf(file, cache).has(fragment)) problems.push(`broken link: ${href} (no element with id "${fragment}")`);
  }
  return problems;
}

function fileFor(site: SiteFiles, urlPath: string): string | undefined {
  const file = join(site.root, decodeURIComponent(urlPath.slice((site.base ?? '/').length)));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id], a[name]')].map((element) => element.getAttribute('id') ?? element.getAttribute('name')!));
    cache.set(file, ids);
  }
  return ids;
}
