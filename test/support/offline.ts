import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/support/browser.ts';
import { temporaryFolder } from './temporary-folder.ts';

/**
 * Helpers for the offline suites (issue 17): wait for the service worker to control a page and to
 * have kept a given file, and read what the browser's caches hold, from inside the page.
 */

/** Waits until the site's service worker controls the page (after its first install, too). */
export async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

/** Every address kept in any cache of this origin. */
export function keptAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) kept.push(request.url);
    return kept;
  });
}

/** The names of this origin's caches. */
export function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/**
 * Waits (up to 20 s) until some cache keeps an address equal to `address` or matching it. A plain
 * loop, not expect.poll: it also serves tests that run side by side.
 */
export async function waitUntilKept(page: Page, address: string | RegExp): Promise<void> {
  const matches = (kept: string) =>
    typeof address === 'string' ? kept === address : address.test(kept);
  const deadline = Date.now() + 20_000;
  while (!(await keptAddresses(page)).some(matches)) {
    if (Date.now() > deadline) throw new Error(`not kept after 20 s: ${String(address)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Today as "dd/mm/yyyy" in Vietnam, the date a copy kept now says. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
}

/**
 * What keeps Chromium from offering to install the site opened at `url` (its error ids; none when
 * installable). Needs a profile on disk: in Playwright's usual throwaway profile every site is
 * "in-incognito" and never installable.
 */
export async function installabilityErrors(url: string): Promise<string[]> {
  const profile = temporaryFolder('ccb-profile-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return installabilityErrors.map(
      (error) =>
        `${error.errorId}${error.errorArguments.map((a) => ` ${a.name}=${a.value}`).join('')}`,
    );
  } finally {
    await context.close();
  }
}
