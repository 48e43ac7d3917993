/**
 * The site's service worker (issue 17): pages the reader has opened, and sets saved with "Lưu để
 * đọc khi không có mạng", open without a network. Bundled into dist/sw.js after the build by
 * src/integrations/offline.ts, which fills in OFFLINE_BUILD. The rules it follows are the tested
 * pure functions of src/lib/offline/; this file only wires them to the browser's events.
 *
 * - Pages: network first; the kept copy (with "Bản đã lưu ngày …") when the network fails or is
 *   too slow; the offline page listing the kept pages when there is no copy.
 * - Files with a content hash in their name (/_astro/, Pagefind's index): cache first.
 * - Other files of the site: network first, the kept copy when offline.
 * - Other origins, /admin/ and the worker itself: never touched.
 * - A new build installs a new worker with new caches; the old caches are deleted, after the
 *   pages kept in them (and the files those pages load) are carried over.
 */
import { cacheName, parseCacheName, type CacheKind } from '../lib/offline/cache-names.ts';
import {
  formatSets,
  keysOverCap,
  MAX_SAVED_PAGES,
  MAX_VISITED_FILES,
  MAX_VISITED_PAGES,
  pageTitle,
  parseSets,
  saveWouldPassCap,
  SAVED_AT_HEADER,
  SETS_HEADER,
  TITLE_HEADER,
  type KeptEntry,
} from '../lib/offline/kept-copies.ts';
import { filesOfPage, scriptImports } from '../lib/offline/page-files.ts';
import {
  listSavedPages,
  showSavedCopyNotice,
  type SavedPage,
} from '../lib/offline/page-rewrites.ts';
import {
  cacheKey,
  imageFamily,
  PAGE_NETWORK_PATIENCE_MS,
  routeRequest,
} from '../lib/offline/requests.ts';
import type { SavedSetManifest } from '../lib/offline/saved-sets.ts';
import type { OfflineReply, OfflineRequest } from '../lib/offline/messages.ts';
import { formatVnDateFromIso } from '../lib/format/date.ts';

/** Facts the offline integration writes in when it bundles this worker after the build. */
declare const OFFLINE_BUILD: {
  version: string;
  base: string;
  /** The site's name, as page titles end with it. */
  siteName: string;
  /** Kept from the start: the offline page, stylesheets, icons, the web app manifest. */
  shell: string[];
  /** Address of the offline page (ngoai-tuyen/). */
  offlinePage: string;
};

// The DOM types this project compiles with have no service worker scope; these are the parts used.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = globalThis as unknown as WorkerScope;
const { version, base, siteName, shell, offlinePage } = OFFLINE_BUILD;
const scope = { origin: location.origin, base };
const names: Record<CacheKind, string> = {
  shell: cacheName(base, version, 'shell'),
  pages: cacheName(base, version, 'pages'),
  files: cacheName(base, version, 'files'),
};
const offlinePageKey = new URL(offlinePage, location.origin).href;
const savedSetsPath = `${base}ngoai-tuyen/`;

worker.addEventListener('install', (event) => {
  void worker.skipWaiting();
  event.waitUntil(
    (async () => {
      await (await caches.open(names.shell)).addAll(shell);
      await carryOver();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        const parsed = parseCacheName(name, base);
        if (parsed && parsed.version !== version) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = routeRequest(
    {
      url: request.url,
      method: request.method,
      mode: request.mode,
      ranged: request.headers.has('range'),
    },
    scope,
  );
  if (route === 'page') event.respondWith(openPage(event));
  else if (route === 'hashed') event.respondWith(cacheFirst(event));
  else if (route === 'file') event.respondWith(networkFirst(event));
});

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  event.waitUntil(
    answer(event.data as OfflineRequest).then(
      (reply) => port?.postMessage(reply),
      () => port?.postMessage({ type: 'error' } satisfies OfflineReply),
    ),
  );
});

// Pages ---------------------------------------------------------------------------------------

async function openPage(event: FetchEvent): Promise<Response> {
  const key = cacheKey(event.request.url);
  if (key === offlinePageKey) return offlineResponse();
  const pages = await caches.open(names.pages);
  const saved = await pages.match(key);
  const network = fetch(event.request);
  // Registered first, so the copy is cloned before the browser reads the body.
  event.waitUntil(
    network
      .then((response) => (isKeepablePage(response) ? keepPage(key, response.clone()) : undefined))
      .catch(() => undefined),
  );
  try {
    // With a copy at hand, a network that does not answer in time is no better than none.
    return await (saved ? Promise.race([network, patienceRunsOut()]) : network);
  } catch {
    if (saved) return savedCopy(saved);
    return offlineResponse(event.request.url);
  }
}

function isKeepablePage(response: Response): boolean {
  return (
    response.ok &&
    response.type === 'basic' &&
    !response.redirected &&
    (response.headers.get('content-type') ?? '').includes('text/html')
  );
}

async function keepPage(key: string, response: Response, addSet?: string): Promise<void> {
  const pages = await caches.open(names.pages);
  const html = await response.text();
  const sets = parseSets((await pages.match(key))?.headers.get(SETS_HEADER) ?? null);
  await pages.put(
    key,
    keptResponse(html, response, [...sets, ...(addSet ? [addSet] : [])], pageTitle(html, siteName)),
  );
  if (!addSet) await trim(names.pages, MAX_VISITED_PAGES);
}

async function savedCopy(saved: Response): Promise<Response> {
  const savedAt = saved.headers.get(SAVED_AT_HEADER) ?? new Date().toISOString();
  return htmlResponse(showSavedCopyNotice(await saved.text(), savedAt), 200);
}

/** The offline page with the pages kept on this device; `missedUrl` is the page that could not be opened. */
async function offlineResponse(missedUrl?: string): Promise<Response> {
  const page = await caches.match(offlinePageKey, { cacheName: names.shell });
  if (!page) return Response.error();
  const pages = await caches.open(names.pages);
  const listed: SavedPage[] = (await keptEntries(pages)).map((entry) => ({
    url: entry.key,
    title: entry.title,
    savedAt: entry.savedAt,
  }));
  // 200, not 503: this is a page of its own, and an error status would only alarm the console.
  return htmlResponse(listSavedPages(await page.text(), listed, missedUrl), 200);
}

function htmlResponse(html: string, status: number): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

// Files ---------------------------------------------------------------------------------------

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const key = cacheKey(event.request.url);
  const hit = await matchKept(key);
  if (hit) return hit;
  try {
    return await fetchAndKeep(event, key);
  } catch (error) {
    // A saved page's browser may ask for another width or format of a picture than was kept.
    const family = imageFamily(key);
    const files = await caches.open(names.files);
    const relative = family && (await files.keys()).find((r) => imageFamily(r.url) === family);
    if (relative) return (await files.match(relative)) ?? Response.error();
    throw error;
  }
}

async function networkFirst(event: FetchEvent): Promise<Response> {
  const key = cacheKey(event.request.url);
  try {
    return await fetchAndKeep(event, key);
  } catch (error) {
    const hit = await matchKept(key);
    if (hit) return hit;
    throw error;
  }
}

async function fetchAndKeep(event: FetchEvent, key: string): Promise<Response> {
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') event.waitUntil(keepFile(key, response.clone()));
  return response;
}

async function matchKept(key: string): Promise<Response | undefined> {
  return (
    (await caches.match(key, { cacheName: names.shell })) ??
    (await caches.match(key, { cacheName: names.files }))
  );
}

async function keepFile(key: string, response: Response, addSet?: string): Promise<void> {
  const files = await caches.open(names.files);
  const sets = parseSets((await files.match(key))?.headers.get(SETS_HEADER) ?? null);
  await files.put(
    key,
    keptResponse(await response.blob(), response, [...sets, ...(addSet ? [addSet] : [])]),
  );
  if (!addSet) await trimSoon(names.files, MAX_VISITED_FILES);
}

// Kept copies ---------------------------------------------------------------------------------

function keptResponse(
  body: BodyInit,
  response: Response,
  sets: readonly string[],
  title?: string,
  savedAt = new Date().toISOString(),
): Response {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, savedAt);
  headers.set(SETS_HEADER, formatSets(sets));
  if (title !== undefined) headers.set(TITLE_HEADER, encodeURIComponent(title));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function keptEntries(cache: Cache): Promise<(KeptEntry & { title: string })[]> {
  const entries: (KeptEntry & { title: string })[] = [];
  for (const request of await cache.keys()) {
    const headers = (await cache.match(request))?.headers;
    if (!headers) continue;
    entries.push({
      key: request.url,
      savedAt: headers.get(SAVED_AT_HEADER) ?? '',
      sets: parseSets(headers.get(SETS_HEADER)),
      title: decodeURIComponent(headers.get(TITLE_HEADER) ?? ''),
    });
  }
  return entries;
}

async function trim(name: string, max: number): Promise<void> {
  const cache = await caches.open(name);
  for (const key of keysOverCap(await keptEntries(cache), max)) await cache.delete(key);
}

const trims = new Map<string, Promise<void>>();
/** Many files arrive at once (a search loads a dozen): one trim after them, not one each. */
function trimSoon(name: string, max: number): Promise<void> {
  let pending = trims.get(name);
  if (!pending) {
    pending = delay(2000)
      .then(() => trim(name, max))
      .finally(() => trims.delete(name));
    trims.set(name, pending);
  }
  return pending;
}

/** Changes which sets hold an entry, keeping its bytes and date; an entry no set holds any more is deleted when `dropUnheld`. */
async function setSets(
  cache: Cache,
  request: Request,
  change: (sets: string[]) => string[],
  dropUnheld: boolean,
) {
  const response = await cache.match(request);
  if (!response) return;
  const before = parseSets(response.headers.get(SETS_HEADER));
  const after = change(before);
  if (formatSets(after) === formatSets(before)) return;
  if (!after.length && dropUnheld) {
    await cache.delete(request);
    return;
  }
  const headers = new Headers(response.headers);
  headers.set(SETS_HEADER, formatSets(after));
  await cache.put(
    request,
    new Response(await response.blob(), {
      status: response.status,
      statusText: response.statusText,
      headers,
    }),
  );
}

/**
 * Runs when a new build's worker installs: pages kept by the old build's worker come along as they
 * were (with their old date), and so do the files they load (stylesheets, scripts and the modules
 * they import, pictures); the rest of the old build (search files, files no kept page needs) does
 * not. The old caches themselves are deleted when the new worker takes over.
 */
async function carryOver(): Promise<void> {
  const oldNames = (await caches.keys()).filter((name) => {
    const parsed = parseCacheName(name, base);
    return parsed && parsed.version !== version;
  });
  if (!oldNames.length) return;
  const pages = await caches.open(names.pages);
  const oldFiles = new Map<string, Response>();
  const needed = new Set<string>();
  const need = (href: string, from: string) => needed.add(cacheKey(new URL(href, from).href));
  for (const name of oldNames) {
    const kind = parseCacheName(name, base)?.kind;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (!response) continue;
      if (kind === 'pages') {
        await pages.put(request, response.clone());
        for (const href of filesOfPage(await response.text())) need(href, request.url);
      } else if (
        routeRequest({ url: request.url, method: 'GET', mode: 'no-cors' }, scope) === 'hashed' &&
        !request.url.includes('/pagefind/')
      ) {
        oldFiles.set(request.url, response);
        if (parseSets(response.headers.get(SETS_HEADER)).length) needed.add(request.url);
      }
    }
  }
  const families = new Set([...needed].map(imageFamily).filter(Boolean));
  const files = await caches.open(names.files);
  const carried = new Set<string>();
  const carry = async (key: string) => {
    const response = oldFiles.get(key);
    if (!response || carried.has(key)) return;
    carried.add(key);
    await files.put(key, response.clone());
    if (key.endsWith('.js'))
      for (const imported of scriptImports(await response.text()))
        await carry(cacheKey(new URL(imported, key).href));
  };
  for (const key of oldFiles.keys())
    if (needed.has(key) || families.has(imageFamily(key))) await carry(key);
}

// Messages from the page: the registration snippet and the save buttons --------------------

async function answer(message: OfflineRequest): Promise<OfflineReply> {
  if (message.type === 'keep') {
    await keepLoaded(message.page, message.files);
    return { type: 'kept' };
  }
  const set = cacheKey(new URL(message.set, location.origin).href);
  if (!new URL(set).pathname.startsWith(savedSetsPath) || !set.endsWith('.json'))
    return { type: 'error' };
  if (message.type === 'save') return save(set);
  if (message.type === 'remove') return remove(set);
  return status(set);
}

/**
 * The page the reader opened before the worker was running, and the files it loaded: the files
 * first (at once; the browser has most of them at hand), then the page, so that a kept page
 * always finds its files kept.
 */
async function keepLoaded(page: string, files: readonly string[]): Promise<void> {
  await Promise.all(
    files.slice(0, 200).map(async (url) => {
      const route = routeRequest({ url, method: 'GET', mode: 'no-cors' }, scope);
      const key = cacheKey(url);
      if (route === 'pass' || (await matchKept(key))) return;
      const response = await fetch(key);
      if (response.ok && response.type === 'basic') await keepFile(key, response);
    }),
  ).catch(() => undefined); // Best effort: the reader may already be offline again.
  if (routeRequest({ url: page, method: 'GET', mode: 'navigate' }, scope) !== 'page') return;
  const key = cacheKey(page);
  // The offline page is kept with the shell; listing it among the saved pages would only confuse.
  if (key === offlinePageKey) return;
  const response = await fetch(key).catch(() => undefined);
  if (response && isKeepablePage(response)) await keepPage(key, response);
}

async function save(set: string): Promise<OfflineReply> {
  const response = await fetch(set, { cache: 'no-cache' });
  if (!response.ok) return { type: 'error' };
  const manifest = (await response.json()) as SavedSetManifest;
  const toKey = (path: string) => cacheKey(new URL(path, location.origin).href);
  const pageKeys = manifest.pages.map(toKey);
  const fileKeys = manifest.files.map(toKey);
  const pages = await caches.open(names.pages);
  if (saveWouldPassCap(await keptEntries(pages), set, pageKeys))
    return { type: 'full', max: MAX_SAVED_PAGES };
  let saved = 0;
  let failed = 0;
  for (const key of pageKeys) {
    try {
      const page = await fetch(key, { cache: 'no-cache' });
      if (!isKeepablePage(page)) throw new Error(String(page.status));
      await keepPage(key, page, set);
      saved++;
    } catch {
      failed++;
    }
  }
  const files = await caches.open(names.files);
  for (const key of fileKeys) {
    try {
      if (await caches.match(key, { cacheName: names.shell })) continue;
      const kept = await files.match(key);
      if (kept) await setSets(files, new Request(key), (sets) => [...sets, set], false);
      else {
        const file = await fetch(key);
        if (!file.ok) throw new Error(String(file.status));
        await keepFile(key, file, set);
      }
    } catch {
      failed++;
    }
  }
  // Pages and files the set no longer lists (the plan lost a task) stay only as read pages do.
  const listed = new Set([...pageKeys, ...fileKeys]);
  for (const cache of [pages, files])
    for (const request of await cache.keys())
      if (!listed.has(request.url))
        await setSets(cache, request, (sets) => sets.filter((s) => s !== set), false);
  return {
    type: 'saved',
    pages: saved,
    failed,
    date: formatVnDateFromIso(new Date().toISOString()),
  };
}

async function status(set: string): Promise<OfflineReply> {
  const held = (await keptEntries(await caches.open(names.pages))).filter((entry) =>
    entry.sets.includes(set),
  );
  const newest = held
    .map((entry) => entry.savedAt)
    .sort()
    .at(-1);
  return {
    type: 'status',
    pages: held.length,
    date: newest ? formatVnDateFromIso(newest) : undefined,
  };
}

async function remove(set: string): Promise<OfflineReply> {
  for (const name of [names.pages, names.files]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys())
      await setSets(cache, request, (sets) => sets.filter((s) => s !== set), true);
  }
  return { type: 'removed' };
}

async function patienceRunsOut(): Promise<never> {
  await delay(PAGE_NETWORK_PATIENCE_MS);
  throw new Error('The network is too slow');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
