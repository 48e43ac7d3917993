/**
 * How the service worker treats each request (issue 17). Pure: the worker passes in what it knows
 * about the request and the site, and these rules decide; test/unit/offline-requests.test.ts
 * covers them.
 */

/** Where the site lives: the page's origin and the base path it was built for ("/" or "/ccb/"). */
export interface SiteScope {
  origin: string;
  base: string;
}

export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: "navigate" for a page the reader opens. */
  mode: string;
  /** Whether the request asks for part of a file (audio, video): those are never cached. */
  ranged?: boolean;
}

/**
 * - `pass`: the worker stays out of it (the browser goes to the network as without a worker).
 * - `page`: a page the reader opens: network first, the saved copy when the network fails.
 * - `hashed`: a file whose name changes when its content does: cache first.
 * - `file`: any other file of the site: network first, the cached copy when the network fails.
 */
export type RequestRoute = 'pass' | 'page' | 'hashed' | 'file';

/** Paths under the base the worker never touches: the editors' page and the worker itself. */
const NEVER_CACHED = /^(?:admin(?:\/|$)|sw\.js$)/;
/** Astro's bundled and optimised files, and Pagefind's index, fragment, filter and meta files. */
const HASHED = /^(?:_astro\/|pagefind\/.+\.pf_[a-z]+$)/;

export function routeRequest(request: RequestFacts, site: SiteScope): RequestRoute {
  if (request.method !== 'GET' || request.ranged) return 'pass';
  const url = new URL(request.url);
  if (url.origin !== site.origin || !url.pathname.startsWith(site.base)) return 'pass';
  const path = url.pathname.slice(site.base.length);
  if (NEVER_CACHED.test(path)) return 'pass';
  if (request.mode === 'navigate') return 'page';
  return HASHED.test(path) ? 'hashed' : 'file';
}

/**
 * The address a response is kept under. A static site never varies on the query string (the
 * search page reads ?q= in the browser; Pagefind adds a ?ts= cache-buster to its entry file), so
 * it is dropped, as is the #fragment: one copy per file.
 */
export function cacheKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * An optimised image's family: Astro names every width and format of one source image
 * "name.HASH_VARIANT.ext", so a saved page whose browser now asks for another variant can be shown
 * with any variant of the same picture that was kept. Undefined for files that are not such images.
 */
export function imageFamily(url: string): string | undefined {
  // Vite's content hash is 8 characters; Astro appends "_" and a hash of the transformation.
  const match = /^(.*\/_astro\/[^/]+\.[\w-]{8})_[\w-]+\.(?:avif|webp|png|jpe?g|gif)$/.exec(
    cacheKey(url),
  );
  return match?.[1];
}

/**
 * How long a page waits for the network when a kept copy exists, in milliseconds. On a mountain
 * road a request can hang for a minute before failing; past this the copy is shown, and the
 * network's answer, if it comes, still replaces the copy for next time.
 */
export const PAGE_NETWORK_PATIENCE_MS = 6000;
