import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { listPages } from '../../scripts/support/dist.ts';

describe.runIf(browserAvailable())('the Content-Security-Policy in a real browser', () => {
  const running = builtSiteInBrowser();

  it('blocks nothing the site itself needs, on every page', async () => {
    const page = await openPage(running.browser);
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        blocked.push(`${page.url()}: ${message.text().slice(0, 200)}`);
    });
    for (const path of listPages())
      await page.goto(`${running.site.url}${path.slice(1)}`, { waitUntil: 'load' });
    expect(blocked).toEqual([]);
  });
});
