import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { assertBuilt, listPages } from '../../scripts/support/dist.ts';
import { checkPageWithJavaScript, checkPageWithoutJavaScript } from '../support/page-gates.ts';
import { classifyPage } from '../../scripts/support/page-types.ts';

/**
 * Every built page, in Chromium: axe (WCAG 2.2 A/AA + best practices) finds nothing, no request
 * leaves the site, no console error, every control is reached with Tab and shows its focus,
 * and without JavaScript the main content is there (links are checked in links.test.ts).
 */
assertBuilt();
const pages = listPages();

describe.runIf(browserAvailable())('quality gates on every page in a real browser', () => {
  const suite = builtSiteInBrowser();

  it.each(pages.map((path) => [path, classifyPage(path)?.name ?? 'UNCLASSIFIED']))(
    '%s (%s)',
    async (path) => {
      const url = `${suite.site.url}${path.replace(/^\//, '')}`;
      const problems = [
        ...(await checkPageWithJavaScript(suite.browser, url)),
        ...(await checkPageWithoutJavaScript(suite.browser, url)),
      ];
      expect(problems).toEqual([]);
    },
  );
});
