import type { Page } from 'playwright-core';

export interface ShownResult {
  /** The result's title link, as an absolute URL. */
  url: string;
  title: string;
  /** "Chỉ tiêu · Kế hoạch số 03/KH-CCB, mục II.2.4 · tỉnh Lào Cai" */
  facts: string;
  /** Links to sections of the page where the hits are. */
  sections: string[];
  /** Marked words of all excerpts. */
  marked: string[];
}

/** Waits until the current search (e.g. after a filter change) has shown its results. */
export async function resultsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('site-search [data-results]')?.getAttribute('aria-busy') === 'false',
    undefined,
    { polling: 25 },
  );
}

/**
 * Types a query into the site's own search page (as a reader does) and returns the results
 * it shows once the count is announced.
 */
export async function searchThroughUi(
  page: Page,
  query: string,
): Promise<{ status: string; results: ShownResult[] }> {
  const input = page.getByLabel('Từ cần tìm');
  const status = page.locator('site-search [data-status]');
  await input.fill('');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'), undefined, {
    polling: 25,
  });
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const text = document.querySelector('site-search [data-status]')?.textContent ?? '';
      const busy = document.querySelector('site-search [data-results]')?.getAttribute('aria-busy');
      return busy === 'false' && text.includes(`“${q.trim()}”`);
    },
    query,
    // Every 25 ms, not every frame: asking for frames keeps the renderer drawing while it waits.
    { timeout: 20_000, polling: 25 },
  );
  const results = await page.locator('site-search [data-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      url: (item.querySelector('h3 a') as HTMLAnchorElement).href,
      title: item.querySelector('h3')?.textContent ?? '',
      facts: item.querySelector('.search-result-facts')?.textContent ?? '',
      sections: [...item.querySelectorAll<HTMLAnchorElement>('.search-result-sections a')].map(
        (a) => a.href,
      ),
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return { status: (await status.textContent()) ?? '', results };
}
