import type { Page } from 'playwright-core';

/**
 * How many pages a browser suite loads at once. A page spends much of its time waiting (on the
 * static server, on layout, on the round trips of the DevTools protocol), so a few pages in flight
 * keep both cores of a small machine busy; more only make each page slower. Each page has its own
 * browser context, so no page sees another's cookies, storage, console or requests.
 * BROWSER_PAGES_AT_ONCE=1 checks one page after another (to compare, or to debug).
 */
export const PAGES_AT_ONCE = Math.max(1, Number(process.env.BROWSER_PAGES_AT_ONCE) || 4);

/**
 * Runs `work` on every item, at most `workers` at a time, and returns the results in the order of
 * the items. `worker` (0 … workers − 1) tells a call which of the workers runs it, so each worker
 * can keep one browser page of its own.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  workers: number,
  work: (item: T, worker: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const run = async (worker: number) => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, worker);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, (_, w) => run(w)));
  return results;
}

/**
 * Runs `work` on every item in a few browser tabs at once (PAGES_AT_ONCE, each opened by `open`,
 * so each in its own context), one item after another in each tab, as one tab would have; closes
 * the tabs after. Results come back in the order of the items.
 */
export async function inTabs<T, R>(
  open: () => Promise<Page>,
  items: readonly T[],
  work: (page: Page, item: T) => Promise<R>,
): Promise<R[]> {
  const tabs = await Promise.all(
    Array.from({ length: Math.min(PAGES_AT_ONCE, items.length) }, () => open()),
  );
  try {
    return await inParallel(items, tabs.length, (item, worker) => work(tabs[worker]!, item));
  } finally {
    await Promise.all(tabs.map((tab) => tab.context().close()));
  }
}

/**
 * Things made on demand and lent to one user at a time (a browser tab per test running at once,
 * say). One that fails its user is closed with `discard`, not lent again.
 */
export class Pool<T> {
  readonly #idle: T[] = [];
  constructor(
    private readonly make: () => Promise<T>,
    private readonly discard: (item: T) => Promise<void>,
  ) {}

  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    const item = this.#idle.pop() ?? (await this.make());
    let result: R;
    try {
      result = await work(item);
    } catch (error) {
      await this.discard(item).catch(() => undefined);
      throw error;
    }
    this.#idle.push(item);
    return result;
  }
}
