import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { assertBuilt, distDir, listPages } from '../../scripts/support/dist.ts';
import { Pool } from '../support/concurrency.ts';
import {
  checkPageWithoutJavaScript,
  openTabForGates,
  visitWithJavaScript,
} from '../support/page-gates.ts';
import { firstLoadProblems, fontBytes, measurePage } from '../support/page-weight.ts';
import { classifyPage } from '../../scripts/support/page-types.ts';

/**
 * Every built page, in Chromium, under its own Content-Security-Policy: axe (WCAG 2.2 A/AA + best
 * practices) finds nothing, no request leaves the site, no console error, the policy blocks
 * nothing the site needs, nothing scrolls sideways on a phone 390, 360 or 320 pixels wide, every
 * control is reached with Tab and shows its focus, the page with the fonts it downloads keeps to
 * its type's byte budget (the budgets Chromium is not needed for are in byte-budgets.test.ts), and
 * without JavaScript the main content is there (links are checked in links.test.ts).
 * Pages are checked a few at a time (maxConcurrency in vitest.site.config.ts), each in a tab of
 * its own while it is checked.
 */
assertBuilt();
const pages = listPages();

describe.runIf(browserAvailable())('quality gates on every page in a real browser', () => {
  const suite = builtSiteInBrowser();
  const closeTab = (tab: Page) => tab.context().close();
  /** Tabs free to check the next page, with and without JavaScript: one pair per test at a time. */
  const tabs = new Pool(() => openTabForGates(suite.browser), closeTab);
  const tabsWithoutScripts = new Pool(
    () => openPage(suite.browser, { javaScriptEnabled: false }),
    closeTab,
  );

  it.concurrent.for(pages.map((path) => [path, classifyPage(path)?.name ?? 'UNCLASSIFIED']))(
    '%s (%s)',
    async ([path], { expect }) => {
      const url = `${suite.site.url}${path!.replace(/^\//, '')}`;
      const type = classifyPage(path!);
      // Each page as a first visit: nothing stored or cached (see visitWithJavaScript).
      const visit = await tabs.use((tab) => visitWithJavaScript(suite.browser, url, tab));
      const problems = [
        ...visit.problems,
        // Unclassified pages are named by byte-budgets.test.ts.
        ...(type
          ? firstLoadProblems(path!, type, {
              ...measurePage({ root: distDir }, path!),
              fonts: fontBytes({ root: distDir }, visit.fetched),
            })
          : []),
        ...(await tabsWithoutScripts.use((tab) =>
          checkPageWithoutJavaScript(suite.browser, url, tab),
        )),
      ];
      expect(problems).toEqual([]);
    },
  );
});
