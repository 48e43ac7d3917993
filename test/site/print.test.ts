import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMdxFolder } from '../support/content-files.ts';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { listPages, readPage } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { pagesHolding, pdfPageTexts, squeeze } from '../support/pdf-text.ts';

/**
 * Printing as a teacher or an editor does: Chromium's own PDF (A4), read back page by page with
 * PDF.js. Page counts are printed to the test log for the record.
 */
const plans = ['lao-cai-03-kh-ccb', 'lai-chau-16-kh-tu'];
const stories = listPages().filter((path) => /^\/cau-chuyen\/[^/]+\/$/.test(path));

async function printToPdf(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

/** The one page that holds every one of `texts`, if there is one (each may appear elsewhere too). */
function onOnePage(pages: readonly string[], texts: readonly string[]): number | undefined {
  const [first = [], ...rest] = texts.map((text) => pagesHolding(pages, text));
  return first.find((page) => rest.every((found) => found.includes(page)));
}

/** Words (syllables) of the story text as the reading time counts them. */
const storyWords = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('.story-text')!
        .textContent.split(/\s+/)
        .filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
  );

/**
 * Makes the story on the open page exactly `words` long by repeating its own paragraphs (the last
 * one cut short), and sets the handout layout the build gives a story of that length.
 */
async function lengthenStory(page: Page, words: number, layout: string): Promise<void> {
  await page.evaluate(
    ({ words, layout }) => {
      const text = document.querySelector('.story-text')!;
      const paragraphs = [...text.querySelectorAll('p')];
      const count = () =>
        text.textContent.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      for (let i = 0; count() < words; i++)
        text.append(paragraphs[i % paragraphs.length]!.cloneNode(true));
      const last = text.lastElementChild!;
      while (count() > words) last.textContent = last.textContent.trim().replace(/\s*\S+$/, '');
      document.querySelector('[data-handout-layout]')!.setAttribute('data-handout-layout', layout);
    },
    { words, layout },
  );
  expect(await storyWords(page)).toBe(words);
}

/** The key words, questions and activities of the open story, each as one printed item. */
const teachingItems = (page: Page) =>
  page.evaluate(() => [
    ...[...document.querySelectorAll('[data-handout-part="tu-ngu"] dl > div')].map(
      (pair) => pair.textContent,
    ),
    ...[
      ...document.querySelectorAll(
        '[data-handout-part="cau-hoi"] li, [data-handout-part="hoat-dong"] li',
      ),
    ].map((item) => item.textContent),
  ]);

/**
 * Tests run side by side (maxConcurrency in vitest.site.config.ts), each in its own browser
 * context: while one waits on a page, another uses the processor.
 */
const sideBySide = describe.runIf(browserAvailable()).concurrent;

sideBySide('a plan printed on A4', () => {
  const running = builtSiteInBrowser();

  it.each(plans)('%s prints like the document itself', async (planId) => {
    const page = await openPage(running.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${running.site.url}ke-hoach/${planId}/`);
    const plan = readMdxFolder('ke-hoach', 0).find((file) => file.id === planId)!
      .data as unknown as {
      summary: string;
      docType: string;
      header: { issuerLines: string[]; mottoLines: string[]; numberLine: string };
      signature: { authority: string; title: string; name: string };
      recipients: string[];
    };
    const pages = await printToPdf(page);
    console.log(`${planId}: ${pages.length} A4 pages`);
    expect(pages.length).toBeGreaterThan(1);

    // Page 1 opens with the document's own header block, nothing of the site before it.
    expect(pages[0]!.startsWith(squeeze(plan.header.issuerLines[0]!))).toBe(true);
    for (const line of [...plan.header.mottoLines, plan.header.numberLine])
      expect(pagesHolding(pages, line), line).toContain(1);
    expect(pagesHolding(pages, 'Thông tin văn bản')).not.toContain(1);

    // "KẾ HOẠCH" stays with its summary, the signature with its recipients, each note whole.
    const title = onOnePage(pages, [
      plan.docType.toUpperCase(),
      plan.summary.slice(0, 40),
      plan.summary.slice(-40),
    ]);
    expect(title).toBeDefined();
    const signature = onOnePage(pages, [
      'Nơi nhận:',
      plan.signature.authority,
      plan.signature.title,
      plan.signature.name,
      ...plan.recipients,
    ]);
    expect(signature).toBeDefined();
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-notes li')].map((note) =>
        note.textContent.replace('↩', ''),
      ),
    );
    expect(notes.length).toBeGreaterThan(0);
    notes.forEach((note, index) => {
      expect(note.trim().startsWith(`[${index + 1}]`), note).toBe(true);
      expect(pagesHolding(pages, note), note).toHaveLength(1);
    });

    // Then the site's metadata, the page's address with its QR code, on the last page.
    const address = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    expect(address).toMatch(new RegExp(`/ke-hoach/${planId}/$`));
    expect(pagesHolding(pages, address)).toEqual([pages.length]);
    expect(pagesHolding(pages, 'Thông tin văn bản')[0]).toBeGreaterThanOrEqual(signature!);

    // Page numbers at the top of every page but the first.
    pages.forEach((text, index) => {
      if (index > 0) expect(text.startsWith(String(index + 1)), `page ${index + 1}`).toBe(true);
    });
    await page.context().close();
  });

  it('sets the whole document, headings included, in one serif face', async () => {
    const page = await openPage(running.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${running.site.url}ke-hoach/lao-cai-03-kh-ccb/`);
    await page.emulateMedia({ media: 'print' });
    const families = await page.evaluate(() => [
      ...new Set(
        [
          ...document.querySelectorAll(
            ':is(.document-header, .document-title, [data-document-body], .document-signature) :is(h2, h3, h4, p, li):not([data-editorial])',
          ),
        ].map((element) => getComputedStyle(element).fontFamily),
      ),
    ]);
    // The web font, its fallback face (src/lib/font-fallbacks.ts), the generic family.
    expect(families).toEqual(['"Noto Serif", "Noto Serif Fallback", serif']);
    expect(await page.locator('[data-page-address] svg').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-page-address]').isVisible()).toBe(false);
    await page.context().close();
  });
});

sideBySide('a story handout printed on A4', () => {
  const running = builtSiteInBrowser();
  const open = async (path: string) => {
    const page = await openPage(running.browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${running.site.url}${path.slice(1)}`);
    return page;
  };

  it.each(stories)(
    '%s fits two pages, also at 1,200 words, with no teaching item cut across pages',
    async (path) => {
      const page = await open(path);
      const words = await storyWords(page);
      expect(words).toBeLessThanOrEqual(1200);
      expect(await page.getAttribute('[data-handout-layout]', 'data-handout-layout')).toBe(
        'two-pages',
      );
      const items = await teachingItems(page);
      expect(items.length).toBeGreaterThan(3);
      const checkPages = async () => {
        const pages = await printToPdf(page);
        expect(pages).toHaveLength(2);
        for (const item of items) expect(pagesHolding(pages, item), item).toHaveLength(1);
        // The QR code's address is printed beside the title.
        expect(pagesHolding(pages, `Đọc trên mạng:`)).toEqual([1]);
        return pages.length;
      };
      const real = await checkPages();
      await lengthenStory(page, 1200, 'two-pages');
      const long = await checkPages();
      console.log(`${path}: ${words} words ${real} pages; 1,200 words ${long} pages`);
      await page.context().close();
    },
  );

  it('prints a longer story on its own pages, then its teaching parts on one page', async () => {
    const page = await open(stories[0]!);
    const items = await teachingItems(page);
    await lengthenStory(page, 1800, 'story-then-parts');
    const pages = await printToPdf(page);
    const last = pages.length;
    expect(last).toBeGreaterThanOrEqual(3);
    for (const heading of ['Từ ngữ cần hiểu', 'Câu hỏi thảo luận', 'Hoạt động gợi ý'])
      expect(pagesHolding(pages, heading), heading).toEqual([last]);
    for (const item of items) expect(pagesHolding(pages, item), item).toEqual([last]);
    // Nothing of the story itself on the teaching page.
    const openings = await page.evaluate(() =>
      [...document.querySelectorAll('.story-text p')].map((p) => p.textContent.slice(0, 40)),
    );
    for (const opening of openings)
      expect(pagesHolding(pages, opening), opening).not.toContain(last);
    console.log(`${stories[0]}: 1,800 words ${last} pages`);
    await page.context().close();
  });

  it('offers a print button where JavaScript runs, and nothing where it does not', async () => {
    const page = await open(stories[0]!);
    const button = page.getByRole('button', { name: 'In tài liệu phát tay' });
    expect(await button.isVisible()).toBe(true);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await button.click();
    expect(await page.getAttribute('body', 'data-printed')).toBe('');
    await page.context().close();

    const withoutScript = await openPage(running.browser, { javaScriptEnabled: false });
    await withoutScript.goto(`${running.site.url}${stories[0]!.slice(1)}`);
    expect(await withoutScript.locator('print-button').isVisible()).toBe(false);
    expect(await withoutScript.locator('main').innerText()).not.toContain('In tài liệu phát tay');
    await withoutScript.context().close();
  });
});

describe('print instructions', () => {
  it('never tell a reader to press Ctrl + P: phones have no such key', () => {
    for (const path of listPages()) expect(readPage(path), path).not.toMatch(/Ctrl\s*\+\s*P/i);
  });

  it('number the editor notes on screen as the markers in the text are numbered', () => {
    for (const planId of plans) {
      const document = loadPage(`/ke-hoach/${planId}/`);
      const numbers = [...document.querySelectorAll('.editor-notes li')].map((note) =>
        textOf(note.querySelector('.editor-note-number')),
      );
      const markers = [...document.querySelectorAll('sup.note-ref a')].map(textOf);
      expect(numbers).toEqual(markers);
    }
  });
});
