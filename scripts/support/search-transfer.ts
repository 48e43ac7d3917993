import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { searchThroughUi } from './site-search.ts';
import { serveStatic } from './static-server.ts';

export interface Transfer {
  /** Path on the site, e.g. "/pagefind/pagefind.js". */
  path: string;
  /** Bytes of the body as served (the test server does not compress). */
  bytes: number;
  /** Bytes a host that gzips would send (never more than `bytes`; Pagefind's index files are gzip already). */
  gzipBytes: number;
}

export interface FirstQueryTransfer {
  query: string;
  /** Requests made while the search page loaded, before the reader touched the search box. */
  beforeSearch: Transfer[];
  /** Requests made from focusing the box until the results were shown. */
  firstQuery: Transfer[];
  bytes: number;
  gzipBytes: number;
}

async function transfer(response: Response, origin: string): Promise<Transfer | undefined> {
  const body = await response.body().catch(() => undefined);
  if (!body) return undefined;
  return {
    path: response.url().slice(origin.length),
    bytes: body.length,
    gzipBytes: Math.min(body.length, gzipSync(body).length),
  };
}

/**
 * What a reader's first search costs: serves a built site (any dir, any base path), opens its
 * search page in Chromium, types `query` into the site's own search box and records every
 * response until the results are announced. Usable on any build, e.g. the benchmark corpus.
 */
export async function measureFirstQuery(
  dir: string,
  { base = '/', query = 'dan van kheo' } = {},
): Promise<FirstQueryTransfer> {
  const site = await serveStatic(dir, base);
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser);
    const pending: Promise<Transfer | undefined>[] = [];
    page.on('response', (response) => pending.push(transfer(response, site.origin)));
    await page.goto(`${site.url}tim-kiem/`, { waitUntil: 'networkidle' });
    const beforeSearch = (await Promise.all(pending.splice(0))).filter((t): t is Transfer => !!t);
    await page.getByLabel('Từ cần tìm').focus();
    await searchThroughUi(page, query);
    await page.waitForLoadState('networkidle');
    const firstQuery = (await Promise.all(pending.splice(0))).filter((t): t is Transfer => !!t);
    const sum = (key: 'bytes' | 'gzipBytes') => firstQuery.reduce((total, t) => total + t[key], 0);
    return { query, beforeSearch, firstQuery, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Queries a reader types, for timing: short and long, with and without marks, a number, an abbreviation, a slip. */
export const LATENCY_QUERIES = [
  'dan van kheo',
  'cuu chien binh',
  'giam ngheo ben vung',
  'ket nap dang',
  'dai hoi',
  'chuyển đổi số',
  'tu quan duong bien moc gioi',
  'huong dan giao vien',
  'ccb lai chau',
  '2.4',
  'chi tieu ket nap dang la bao nhieu',
  'phong chay rung',
  'mang xa hoo',
  'lao cai',
  'hoi vien',
];

export interface SearchLatency {
  /** Milliseconds from the last keystroke to the results shown, one per query, in order. */
  each: { query: string; ms: number }[];
  median: number;
}

/**
 * How long a reader waits, warm: the search page is open and Pagefind loaded (one search done
 * first); each query is typed key by key at `delay` ms a key, as on a phone, and the time from
 * the last keystroke (its keydown's time stamp) to the results being announced (the status
 * naming the query, the list no longer busy) is read inside the page.
 */
export async function measureSearchLatency(
  dir: string,
  { base = '/', queries = LATENCY_QUERIES, delay = 150 } = {},
): Promise<SearchLatency> {
  const site = await serveStatic(dir, base);
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser);
    await page.goto(`${site.url}tim-kiem/`, { waitUntil: 'networkidle' });
    await searchThroughUi(page, 'hoi');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('site-search input[name="q"]')!;
      const status = document.querySelector('site-search [data-status]')!;
      const list = document.querySelector('site-search [data-results]')!;
      const clock = { last: 0, done: 0 };
      (window as unknown as { searchClock: typeof clock }).searchClock = clock;
      // The key's own time stamp (when it was pressed), not when a busy page got round to it.
      input.addEventListener('keydown', (event) => {
        clock.last = event.timeStamp;
        clock.done = 0;
      });
      new MutationObserver(() => {
        const typed = input.value.trim();
        if (
          typed &&
          list.getAttribute('aria-busy') === 'false' &&
          (status.textContent ?? '').includes(`“${typed}”`)
        )
          clock.done ||= performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const input = page.getByLabel('Từ cần tìm');
    const each: SearchLatency['each'] = [];
    for (const query of queries) {
      await input.fill('');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'), undefined, {
        polling: 25,
      });
      await input.pressSequentially(query, { delay });
      const ms = await page
        .waitForFunction(
          () => {
            const clock = (window as unknown as { searchClock: { last: number; done: number } })
              .searchClock;
            return clock.done > clock.last ? clock.done - clock.last : false;
          },
          undefined,
          // The time is taken in the page; polling every frame would only keep it drawing.
          { timeout: 20_000, polling: 25 },
        )
        .then((handle) => handle.jsonValue() as Promise<number>);
      each.push({ query, ms: Math.round(ms) });
    }
    const sorted = each.map((entry) => entry.ms).sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const median =
      sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    return { each, median };
  } finally {
    await browser.close();
    await site.close();
  }
}
