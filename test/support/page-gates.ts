import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { openPage } from '../../scripts/support/browser.ts';

/**
 * The real-browser quality gates for one page. Each returns readable problems (""-free strings);
 * an empty list means the page passes. Used on every built page (test/site/page-gates.test.ts)
 * and on deliberately broken fixtures (test/site/gates-catch-bad-pages.test.ts).
 */

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** WCAG 2.2 A/AA (with the 2.0 and 2.1 rules it contains) and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The phone screens every page is checked on for sideways scrolling (WCAG 1.4.10): the gates' tab
 * opens at the first; the others are reached by resizing it, which lays the page out again exactly
 * as a load at that width would, without loading it again.
 */
export const PHONE_SCREENS = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 320, height: 693 },
] as const;

/** A tab for checkPageWithJavaScript to reuse, page after page: a phone's, 390 × 844. */
export const openTabForGates = (browser: Browser): Promise<Page> =>
  openPage(browser, { viewport: PHONE_SCREENS[0] });

/**
 * Leaves a reused tab as a reader's first visit finds the site: on a blank page, with nothing the
 * site stored (cookies, local storage, IndexedDB, caches, service workers) and an empty HTTP cache,
 * so every file is fetched again. A fresh browser context per page gives the same first visit,
 * at about twice the processor time (a new renderer each time).
 */
async function startAfresh(page: Page, origin: string): Promise<void> {
  await page.goto('about:blank');
  const session = await page.context().newCDPSession(page);
  await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await session.send('Network.clearBrowserCache');
  await session.detach();
}

/** What one visit with JavaScript found: its problems, and the site's files the page fetched. */
export interface PageVisit {
  problems: string[];
  /** Paths on the site (fonts, scripts, data…) the first visit fetched, the page included. */
  fetched: string[];
}

/**
 * Page load with JavaScript, under the site's own Content-Security-Policy: requests outside the
 * origin (which never leave the machine, see CHROMIUM_ARGS), failed requests, console errors,
 * anything the policy blocks, sideways scrolling on each of PHONE_SCREENS, axe, keyboard. In `tab`
 * (from openTabForGates; left open, as a first visit again), or in a fresh browser context.
 */
export async function visitWithJavaScript(
  browser: Browser,
  url: string,
  tab?: Page,
): Promise<PageVisit> {
  const origin = new URL(url).origin;
  const page = tab ?? (await openTabForGates(browser));
  if (tab) await startAfresh(tab, origin);
  const problems: string[] = [];
  const fetched: string[] = [];
  const onRequest = (request: Request) => {
    const requested = new URL(request.url());
    if (requested.origin === origin) fetched.push(requested.pathname);
    else if (requested.protocol !== 'data:')
      problems.push(`request outside the site: ${request.url()}`);
  };
  const onConsole = (message: ConsoleMessage) => {
    // The failed outside request is already reported above, by its address; the icon a browser
    // asks for on its own, for a page naming none, is not the page's request.
    if (/ERR_NAME_NOT_RESOLVED/.test(message.text())) return;
    if (new URL(message.location().url || url).pathname === '/favicon.ico') return;
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    else if (/Content Security Policy/i.test(message.text()))
      problems.push(`console ${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught error: ${error.message}`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && response.url() !== url)
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok() && !url.endsWith('/404.html'))
      problems.push(`HTTP ${response?.status()} for the page itself`);
    problems.push(...(await sidewaysScrolling(page)));
    problems.push(...(await axeViolations(page)), ...(await keyboardProblems(page)));
  } finally {
    if (tab) {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('response', onResponse);
    } else await page.context().close();
  }
  return { problems, fetched };
}

/** The problems visitWithJavaScript finds on a page. */
export async function checkPageWithJavaScript(
  browser: Browser,
  url: string,
  tab?: Page,
): Promise<string[]> {
  return (await visitWithJavaScript(browser, url, tab)).problems;
}

/** Sideways scrolling on each of PHONE_SCREENS; leaves the tab on the first. */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const screen of [...PHONE_SCREENS.slice(1), PHONE_SCREENS[0]]) {
    const { scrolled, width } = await page.evaluate(() => ({
      scrolled: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
    if (scrolled > width)
      problems.push(`scrolls sideways: ${scrolled} px wide on a ${width}-pixel screen`);
    await page.setViewportSize(screen);
  }
  return problems;
}

/**
 * axe's violations on the open page. axe is run through the DevTools protocol, which the page's
 * Content-Security-Policy does not apply to, so the page keeps its own policy while it is checked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `\n    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
        );
      const more =
        violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `axe ${violation.id} (${violation.impact}): ${violation.help}${nodes.join('')}${more}`;
    });
  }, AXE_TAGS);
}

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** The focus styles an element shows; a visible focus changes the outline or the box shadow. */
interface FocusStyle {
  outline: string;
  shadow: string;
}

/**
 * Tabs through the whole page: every control a reader could operate (links, buttons, fields,
 * summaries, tabindex ≥ 0; visible, not disabled) must be reached, and each must look different
 * when focused (outline or box-shadow), compared with its unfocused computed style.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        element.checkVisibility({ visibilityProperty: true }) &&
        !element.closest('[inert]'),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    controls.forEach((element, index) => {
      const style = getComputedStyle(element);
      element.dataset.gateIndex = String(index);
      element.dataset.gateStyle = JSON.stringify({
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        shadow: style.boxShadow,
      });
    });
    return controls.length;
  });
  const reached = new Set<number>();
  const invisible: string[] = [];
  for (let step = 0; step < count + 3; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const now: FocusStyle = {
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        shadow: style.boxShadow,
      };
      const before = element.dataset.gateStyle
        ? (JSON.parse(element.dataset.gateStyle) as FocusStyle)
        : undefined;
      const outlineShown =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) > 0 &&
        now.outline !== before?.outline;
      const shadowShown = style.boxShadow !== 'none' && now.shadow !== before?.shadow;
      const name = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
      return {
        index: element.dataset.gateIndex === undefined ? -1 : Number(element.dataset.gateIndex),
        visible: outlineShown || shadowShown,
        name,
      };
    });
    if (!focused || reached.has(focused.index)) break;
    reached.add(focused.index);
    if (!focused.visible) invisible.push(focused.name);
  }
  const unreached = await page.evaluate(
    (indexes) =>
      [...document.querySelectorAll<HTMLElement>('[data-gate-index]')]
        .filter((element) => !indexes.includes(Number(element.dataset.gateIndex)))
        .map(
          (element) =>
            `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`,
        ),
    [...reached],
  );
  const problems: string[] = [];
  if (unreached.length)
    problems.push(
      `keyboard: ${unreached.length} control(s) not reached with Tab: ${unreached.slice(0, 5).join(', ')}`,
    );
  if (invisible.length)
    problems.push(
      `keyboard: no visible focus indicator on ${invisible.length} control(s): ${invisible.slice(0, 5).join(', ')}`,
    );
  return problems;
}

/**
 * With JavaScript off the page still shows its main content: a visible main heading and text in
 * <main>. `tab`, a page opened with JavaScript off, is reused and left open (with scripts off no
 * page can leave anything behind for the next but cached files); without it a fresh one is used.
 */
export async function checkPageWithoutJavaScript(
  browser: Browser,
  url: string,
  tab?: Page,
): Promise<string[]> {
  const page = tab ?? (await openPage(browser, { javaScriptEnabled: false }));
  try {
    await page.goto(url, { waitUntil: 'load' });
    const main = page.locator('main');
    if ((await main.count()) !== 1) return ['without JavaScript: the page has no single <main>'];
    const problems: string[] = [];
    if (!(await page.locator('h1').first().isVisible()))
      problems.push('without JavaScript: no visible <h1>');
    const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
    if (text.length < 40)
      problems.push(`without JavaScript: <main> shows almost nothing ("${text}")`);
    return problems;
  } finally {
    if (!tab) await page.context().close();
  }
}
