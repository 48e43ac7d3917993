import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { inTabs } from '../support/concurrency.ts';
import { listPages } from '../../scripts/support/dist.ts';

describe.runIf(browserAvailable())('the Content-Security-Policy in a real browser', () => {
  const running = builtSiteInBrowser();

  it('blocks nothing the site itself needs, on every page', async () => {
    const blocked: string[] = [];
    const open = async () => {
      const page = await openPage(running.browser);
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text()))
          blocked.push(`${page.url()}: ${message.text().slice(0, 200)}`);
      });
      return page;
    };
    await inTabs(open, listPages(), (page, path) =>
      page.goto(`${running.site.url}${path.slice(1)}`, { waitUntil: 'load' }),
    );
    expect(blocked).toEqual([]);
  });
});
