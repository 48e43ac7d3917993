import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../support/browser.ts';
import { assertBuilt, distDir, listPages } from '../support/dist.ts';
import { checkPageWithJavaScript, checkPageWithoutJavaScript } from '../support/page-gates.ts';
import { classifyPage } from '../support/page-types.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

/**
 * Every built page, in Chromium: axe (WCAG 2.2 A/AA + best practices) finds nothing, no request
 * leaves the site, no console error, every control is reached with Tab and shows its focus,
 * and without JavaScript the main content is there (links are checked in links.test.ts).
 */
assertBuilt();
const pages = listPages();

describe.runIf(browserAvailable())('quality gates on every page in a real browser', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(pages.map((path) => [path, classifyPage(path)?.name ?? 'UNCLASSIFIED']))('%s (%s)', async (path) => {
    const url = `${site.url}${path.replace(/^\//, '')}`;
    const problems = [
      ...(await checkPageWithJavaScript(browser, url)),
      ...(await checkPageWithoutJavaScript(browser, url)),
    ];
    expect(problems).toEqual([]);
  });
});
