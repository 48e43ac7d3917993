/**
 * Names of the service worker's caches (issue 17). Every name carries the site's base path, so two
 * sites under one origin (GitHub Pages: /a/ and /b/) never touch each other's caches, and the
 * build's version, so a new build can tell its own caches from those of the builds before it.
 */

const PREFIX = 'ccb-offline';

export type CacheKind = 'shell' | 'pages' | 'files';

export function cacheName(base: string, version: string, kind: CacheKind): string {
  return `${PREFIX} ${base} ${version} ${kind}`;
}

/** What a cache name says, or undefined for a cache this site did not make. */
export function parseCacheName(
  name: string,
  base: string,
): { version: string; kind: CacheKind } | undefined {
  const [prefix, nameBase, version, kind, ...rest] = name.split(' ');
  if (prefix !== PREFIX || nameBase !== base || !version || rest.length) return undefined;
  return kind === 'shell' || kind === 'pages' || kind === 'files' ? { version, kind } : undefined;
}
