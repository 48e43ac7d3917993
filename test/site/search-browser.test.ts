import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openPage } from '../support/browser.ts';
import { assertBuilt, distDir } from '../support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { resultsSettled, searchThroughUi } from '../support/site-search.ts';
import { measureFirstQuery } from '../support/search-transfer.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { QUERY_SET } from './search-queries.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe.runIf(browserAvailable())("search through the site's own interface, in Chromium", () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  /** Messages of the site's Content-Security-Policy blocking something while searching. */
  const blocked: string[] = [];
  beforeAll(async () => {
    assertBuilt();
    site = await serveStatic(distDir);
    browser = await launchBrowser();
    page = await openPage(browser);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        blocked.push(message.text().slice(0, 200));
    });
    await page.goto(`${site.url}tim-kiem/`);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const path = (url: string) => new URL(url).pathname;

  it(`puts an acceptable page in the top 3 for at least 95 % of the ${QUERY_SET.length} queries of the query set`, async () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(100);
    const misses: string[] = [];
    for (const { query, pages, kind } of QUERY_SET) {
      const { results } = await searchThroughUi(page, query);
      const top = results.slice(0, 3).map((result) => path(result.url));
      if (!top.some((found) => pages.includes(found)))
        misses.push(
          `[${kind}] "${query}" → cần một trong ${pages.slice(0, 4).join(', ')}${pages.length > 4 ? ', …' : ''}; được ${top.join(', ') || '(không có kết quả)'}`,
        );
    }
    const found = QUERY_SET.length - misses.length;
    const score = found / QUERY_SET.length;
    console.log(
      `Bộ truy vấn: ${found}/${QUERY_SET.length} truy vấn có trang đúng trong 3 kết quả đầu (${(score * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %).${misses.length ? `\nTrượt:\n${misses.join('\n')}` : ''}`,
    );
    expect(score, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('ranks pages holding the phrase "kết nạp Đảng" above pages where its syllables are scattered', async () => {
    // Whether a result's page holds the phrase is read from the built page itself, folded as typed.
    const folded = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
    const holdsPhrase = (url: string) =>
      folded(textOf(loadPage(path(url)).querySelector('main'))).includes('ket nap dang');
    const { results } = await searchThroughUi(page, 'ket nap dang');
    const flags = results.map((result) => (holdsPhrase(result.url) ? 'P' : '-')).join('');
    expect(flags).toMatch(/^P+-+$/);
  });

  it('ranks the exact spelling first for a query typed with marks: "đáng" before "Đảng"', async () => {
    const { results } = await searchThroughUi(page, 'đáng');
    const text = (url: string) => textOf(loadPage(path(url)).querySelector('main')).toLowerCase();
    expect(results.length).toBeGreaterThan(2);
    expect(text(results[0]!.url)).toMatch(/(^|[^\p{L}])đáng([^\p{L}]|$)/u);
    expect(results.some((result) => !/(^|[^\p{L}])đáng([^\p{L}]|$)/u.test(text(result.url)))).toBe(
      true,
    );
  });

  it('shows kind, plan and province on each result, and marks the hit in the excerpt', async () => {
    const { results } = await searchThroughUi(page, '2.4');
    const target = results.find(
      (result) => path(result.url) === '/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/',
    )!;
    expect(target.facts).toBe('Chỉ tiêu · Kế hoạch số 03/KH-CCB, mục II.2.4 · tỉnh Lào Cai');
    expect(target.marked).toContain('2.4');
    const { results: sample } = await searchThroughUi(page, 'che shan tuyet');
    expect(path(sample[0]!.url)).toBe('/mo-hinh/phin-ho-che-shan-tuyet/');
    expect(sample[0]!.facts).toMatch(/^Mô hình · .*tỉnh Lai Châu.* · Nội dung minh họa$/);
    const { results: folded } = await searchThroughUi(page, 'dai hoi');
    expect(folded[0]!.marked).toEqual(expect.arrayContaining(['Đại', 'hội']));
  });

  it('links a hit inside a numbered section of a plan to that section', async () => {
    const { results } = await searchThroughUi(page, 'ung dung cong nghe thong tin');
    const plan = results.find((result) => path(result.url) === '/ke-hoach/lao-cai-03-kh-ccb/')!;
    expect(plan.sections[0]).toBe(`${site.url}ke-hoach/lao-cai-03-kh-ccb/#muc-ii-2-9`);
    await page.locator(`site-search a[href$="/ke-hoach/lao-cai-03-kh-ccb/#muc-ii-2-9"]`).click();
    await page.waitForURL(/#muc-ii-2-9$/);
    expect(await page.locator('#muc-ii-2-9').textContent()).toContain(
      'ứng dụng công nghệ thông tin',
    );
    await page.goto(`${site.url}tim-kiem/`);
  });

  it('announces the number of results in a live region', async () => {
    const status = page.locator('site-search [data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const { status: said, results } = await searchThroughUi(page, '16-KH/TU');
    expect(said).toMatch(/^Tìm thấy \d+ kết quả cho “16-KH\/TU”/);
    expect(results.length).toBeGreaterThan(0);
  });

  it('narrows results by kind and by province', async () => {
    await searchThroughUi(page, 'hoi vien');
    await page.locator('site-search [data-filters] summary').click();
    const facts = () => page.locator('site-search .search-result-facts').allTextContents();
    const all = await facts();
    expect(all.some((f) => !f.startsWith('Chỉ tiêu'))).toBe(true);
    await page.getByRole('checkbox', { name: 'Chỉ tiêu' }).check();
    await resultsSettled(page);
    const kinds = await facts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((f) => f.startsWith('Chỉ tiêu'))).toBe(true);
    await page.getByRole('checkbox', { name: 'Chỉ tiêu' }).uncheck();
    await page.getByRole('checkbox', { name: 'tỉnh Lai Châu' }).check();
    await resultsSettled(page);
    const provinces = await facts();
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.every((f) => f.includes('Lai Châu'))).toBe(true);
    await page.getByRole('checkbox', { name: 'tỉnh Lai Châu' }).uncheck();
    await resultsSettled(page);
    const years = await page.getByRole('group', { name: 'Năm' }).locator('label').allTextContents();
    expect(years.map(Number)).toEqual(expect.arrayContaining([2025, 2022]));
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a));
  });

  it('is usable with the keyboard: type, Enter, Tab to the first result', async () => {
    const input = page.getByLabel('Từ cần tìm');
    await input.fill('');
    await input.focus();
    await page.keyboard.type('chuyen doi so');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('site-search [data-status]')?.textContent?.includes('“chuyen doi so”'),
    );
    const first = page.locator('site-search [data-results] a').first();
    for (let i = 0; i < 25 && !(await first.evaluate((a) => a === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
  });

  it('has no axe violations with results and filters shown', async () => {
    // The site's Content-Security-Policy refuses injected scripts, as it should; axe is the test's own.
    const checked = await openPage(browser, { bypassCSP: true });
    await checked.goto(`${site.url}tim-kiem/`);
    await searchThroughUi(checked, 'dan van kheo');
    await checked
      .locator('site-search [data-filters]')
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await checked.addScriptTag({ content: axeSource });
    const violations = await checked.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await checked.context().close();
  });

  it("searches under the site's Content-Security-Policy without anything blocked (worker, WebAssembly, index)", () => {
    expect(blocked).toEqual([]);
  });

  it('runs the search a reader sent from the header form of another page', async () => {
    const other = await openPage(browser);
    await other.goto(`${site.url}ke-hoach/`);
    await other.getByLabel('Tìm trên trang').fill('dai hoi');
    await other.getByLabel('Tìm trên trang').press('Enter');
    await other.waitForURL(/\/tim-kiem\/\?q=dai\+hoi$/);
    await other.waitForFunction(() =>
      document.querySelector('site-search [data-status]')?.textContent?.includes('“dai hoi”'),
    );
    expect(
      path(
        await other
          .locator('site-search [data-results] h3 a')
          .first()
          .getAttribute('href')
          .then((h) => new URL(h!, site.url).href),
      ),
    ).toBe('/nhiem-vu/lao-cai-03-kh-ccb/iii-6/');
    await other.context().close();
  });

  it('loads no search code with a page, only once the reader starts a search', async () => {
    const fresh = await openPage(browser);
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await fresh.goto(`${site.url}ke-hoach/lao-cai-03-kh-ccb/`, { waitUntil: 'networkidle' });
    await fresh.goto(`${site.url}tim-kiem/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await fresh.getByLabel('Từ cần tìm').focus();
    await fresh.waitForLoadState('networkidle');
    expect(requested).toContain('/pagefind/pagefind.js');
    await fresh.context().close();
  });

  it('without JavaScript, the search page says so and links to the lists; the header form still leads there', async () => {
    const noJs = await openPage(browser, { javaScriptEnabled: false });
    await noJs.goto(`${site.url}ke-hoach/`);
    await noJs.getByLabel('Tìm trên trang').fill('2.4');
    await noJs.getByRole('button', { name: 'Tìm kiếm' }).click();
    await noJs.waitForURL(/\/tim-kiem\/\?q=2\.4$/);
    await expect.poll(() => noJs.getByText('Tìm kiếm cần JavaScript').isVisible()).toBe(true);
    for (const list of ['Kế hoạch', 'Nhiệm vụ', 'Chỉ tiêu', 'Chủ đề']) {
      expect(
        await noJs.locator('site-search').getByRole('link', { name: list }).getAttribute('href'),
      ).toMatch(/^\/[a-z-]+\/$/);
    }
    expect(await noJs.getByLabel('Từ cần tìm').isVisible()).toBe(false);
    await noJs.context().close();
  });

  it('fetches a bounded amount for a first query (measured, written to the log)', async () => {
    const measured = await measureFirstQuery(distDir);
    console.log(
      `Lần tìm đầu tiên ("${measured.query}"): ${measured.bytes} byte (${measured.gzipBytes} byte nếu máy chủ nén gzip), ${measured.firstQuery.length} yêu cầu.`,
    );
    expect(measured.beforeSearch.some((t) => t.path.includes('/pagefind/'))).toBe(false);
    expect(measured.firstQuery.map((t) => t.path)).toContain('/pagefind/wasm.unknown.pagefind');
    expect(measured.gzipBytes).toBeLessThanOrEqual(200 * 1024);
  });
});
