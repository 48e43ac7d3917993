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
