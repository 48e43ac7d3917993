import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { assertBuilt, listPages } from '../../scripts/support/dist.ts';
import { onePagePerType } from '../../scripts/support/page-types.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';

/**
 * Text must not jump when the web fonts arrive (font-display: swap): on a slow network an elderly
 * reader has started reading, or is about to tap, when Noto Sans and Noto Serif come in. Each page
 * is loaded with its font files held back, so that Chromium first draws it with the fallback faces
 * (src/lib/font-fallbacks.ts), then with the web fonts; the layout shifts it reports meanwhile
 * must add up to less than Core Web Vitals' "good" Cumulative Layout Shift.
 */
assertBuilt();

/**
 * When each font file arrives (ms after it is asked for): the Vietnamese part of each face first,
 * the Latin part later, as a slow network hands them over one by one. In this order the text is
 * drawn three ways (fallback, then mixed, then web font), and without the fallback faces a task
 * page shifted by 0.545 here (Lighthouse measured 0.555 on it), a story page by 0.116.
 */
const ARRIVAL_MS = { vietnamese: 400, latin: 1200 };
/** Core Web Vitals: a Cumulative Layout Shift of 0.1 or less is "good". */
const GOOD_LAYOUT_SHIFT = 0.1;

/** Lines break differently at each width, and so does what moves. */
const PHONES: Record<string, BrowserContextOptions> = {
  // Lighthouse's phone (its mobile settings).
  '412 × 823': {
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  },
  '360 × 740': { viewport: { width: 360, height: 740 } },
};

const chosen = onePagePerType(listPages());
// A task quotes its official text in Noto Serif; a story is long reading in the interface font.
const samples = ['task', 'story'].flatMap((type) =>
  Object.keys(PHONES).map((phone): [string, string, string] => [type, chosen.get(type)!, phone]),
);

/** What the page saw: shifts added up, and when (ms) it was first drawn and the fonts came in. */
interface FontSwap {
  shift: number;
  firstPaint: number;
  fontsIn: number;
  loaded: string[];
}

describe.runIf(browserAvailable())('text stays put when the web fonts arrive', () => {
  const running = builtSiteInBrowser();

  it.concurrent.for(samples)('%s (%s) at %s', async ([type, path, phone], { expect }) => {
    // No service worker: a reader's first visit, the fonts coming over the network.
    const page = await openPage(running.browser, { ...PHONES[phone], serviceWorkers: 'block' });
    await page.route('**/*.woff2', async (route) => {
      const part = route.request().url().includes('-vietnamese-') ? 'vietnamese' : 'latin';
      await sleep(ARRIVAL_MS[part]);
      await route.continue();
    });
    await page.addInitScript(() => {
      const seen = { shift: 0, fontsIn: 0 };
      Object.assign(window, { fontSwapSeen: seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) seen.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.fonts.addEventListener('loadingdone', () => {
        seen.fontsIn = performance.now();
      });
    });
    await page.goto(`${running.site.url}${path.replace(/^\//, '')}`);
    const swap = await page.evaluate(async (): Promise<FontSwap> => {
      await document.fonts.ready;
      // The swap is drawn in the next frames; the observer reports their shifts after them.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await new Promise((done) => setTimeout(done, 200));
      const seen = (window as unknown as { fontSwapSeen: { shift: number; fontsIn: number } })
        .fontSwapSeen;
      return {
        ...seen,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        loaded: [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => face.family.replace(/^["']|["']$/g, '')),
      };
    });
    await page.context().close();

    // The swap really happened: the page was drawn before the web fonts came in, and they did.
    expect(swap.firstPaint).toBeLessThan(swap.fontsIn);
    expect(swap.loaded).toContain('Noto Sans');
    if (type === 'task') expect(swap.loaded).toContain('Noto Serif');
    expect(swap.shift).toBeLessThan(GOOD_LAYOUT_SHIFT);
  });
});
