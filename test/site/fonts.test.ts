import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lettersWithoutGlyph } from '../../src/lib/fonts.ts';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { assertBuilt, listPages } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { onePagePerType } from '../../scripts/support/page-types.ts';

/**
 * One typeface for the interface and one for official texts, each drawing every letter: never a
 * word with ấ, ổ, ủ drawn half in one font and half in another.
 */
assertBuilt();
const pages = listPages();

describe('letters on the site', () => {
  it('every letter of every page is in the self-hosted fonts', () => {
    const missing = pages.flatMap((path) => {
      const letters = lettersWithoutGlyph(textOf(loadPage(path).body));
      return letters.length ? [`${path}: ${letters.join(' ')}`] : [];
    });
    expect(missing).toEqual([]);
  });
});

/**
 * The fonts Chromium really draws each distinct letter of the page with, in the page's own text
 * styles: each letter is set alone in a copy of the element, and Chromium says which font drew it.
 */
async function fontsDrawingLetters(page: Page, selector: string): Promise<Set<string>> {
  const count = await page.evaluate((selector) => {
    // The first element shown: a hidden one (the saved-copy notice, say) draws nothing.
    const source = [...document.querySelectorAll(selector)].find((element) =>
      element.checkVisibility(),
    );
    if (!source) return 0;
    const letters = [...new Set(document.body.innerText.normalize('NFC'))].filter((char) =>
      /\p{L}/u.test(char),
    );
    const probe = source.cloneNode(false) as HTMLElement;
    probe.id = 'font-probe';
    probe.replaceChildren(
      ...letters.map((letter) =>
        Object.assign(document.createElement('span'), { textContent: letter }),
      ),
    );
    source.after(probe);
    return letters.length;
  }, selector);
  if (count === 0) return new Set();
  await page.evaluate(() => document.fonts.ready);
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '#font-probe > span',
  });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts)
      families.add(`${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
  }
  await session.detach();
  await page.evaluate(() => document.getElementById('font-probe')?.remove());
  return families;
}

describe.runIf(browserAvailable())('fonts as Chromium draws them', () => {
  const running = builtSiteInBrowser();

  // One page per type, a few at a time (maxConcurrency in vitest.site.config.ts), each in its own context.
  it.concurrent.for([...onePagePerType(pages)])(
    '%s (%s): interface letters in Noto Sans only, official text in Noto Serif only',
    async ([, path], { expect }) => {
      const page = await openPage(running.browser, { viewport: { width: 360, height: 740 } });
      await page.goto(`${running.site.url}${path.replace(/^\//, '')}`);
      // This Linux has none of the interface's system fonts, so the self-hosted Noto Sans draws it.
      expect(await fontsDrawingLetters(page, 'main p, main h1')).toEqual(new Set(['Noto Sans']));
      const official = await fontsDrawingLetters(page, '.document-text p:not([data-editorial])');
      if (official.size > 0) expect(official).toEqual(new Set(['Noto Serif']));
      await page.context().close();
    },
  );
});
