import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, openPage } from '../../scripts/support/browser.ts';
import { htmlErrors, javaAvailable } from '../support/html-validator.ts';
import { checkSiteLinks } from '../support/links.ts';
import {
  checkPageWithJavaScript,
  checkPageWithoutJavaScript,
  openTabForGates,
} from '../support/page-gates.ts';
import { classifyPage, pageTypes, type PageType } from '../../scripts/support/page-types.ts';
import { budgetProblems, measurePage } from '../support/page-weight.ts';
import { memoized } from '../../src/lib/memoized.ts';
import { serveStatic, type StaticSite } from '../../scripts/support/static-server.ts';

/** Each quality gate, fed a deliberately bad page from test/fixtures/, reports it; a clean page passes. */
const gatesFixtures = join(process.cwd(), 'test/fixtures/gates');
const budgetFixtures = join(process.cwd(), 'test/fixtures/budgets');

describe.runIf(browserAvailable())('the browser gates catch bad pages', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(gatesFixtures);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  /**
   * A fixture's problems in a fresh browser context. Kept per fixture: a fresh context has nothing
   * from before, so the same page gives the same answer, and the reused-tab test below compares
   * with the answers the other tests already got instead of checking those pages again.
   */
  const withJs = memoized((name: string) =>
    checkPageWithJavaScript(browser, `${site.url}${name}/`),
  );

  it('a clean page passes every gate', async () => {
    expect([
      ...(await withJs('good')),
      ...(await checkPageWithoutJavaScript(browser, `${site.url}good/`)),
    ]).toEqual([]);
  });

  it('reports an axe violation with its rule and element', async () => {
    const problems = await withJs('axe-violation');
    expect(problems).toEqual([expect.stringMatching(/^axe image-alt \(critical\): .*\n\s+at img/)]);
  });

  it('reports and blocks a request to another site', async () => {
    expect(await withJs('outside-request')).toContain(
      'request outside the site: https://example.com/logo.png',
    );
  });

  it('reports a console error', async () => {
    expect(await withJs('console-error')).toEqual(['console error: Không tải được dữ liệu']);
  });

  it('reports what the page’s own Content-Security-Policy blocks', async () => {
    expect(await withJs('csp-blocked')).toEqual([
      expect.stringMatching(
        /^console error: Executing inline script violates the following Content Security Policy directive 'script-src 'self''/,
      ),
    ]);
  });

  it('reports a page that scrolls sideways on a phone, at each phone width', async () => {
    const problems = await withJs('too-wide');
    expect(problems).toHaveLength(3);
    [390, 360, 320].forEach((width, i) =>
      expect(problems[i]).toMatch(
        new RegExp(`^scrolls sideways: 6\\d\\d px wide on a ${width}-pixel screen$`),
      ),
    );
  });

  it('reports a page too wide only for the narrowest phone', async () => {
    expect(await withJs('too-wide-for-320')).toEqual([
      expect.stringMatching(/^scrolls sideways: 3\d\d px wide on a 320-pixel screen$/),
    ]);
  });

  it('reports a control whose focus cannot be seen', async () => {
    expect(await withJs('no-focus-indicator')).toEqual([
      expect.stringMatching(
        /^keyboard: no visible focus indicator on 1 control\(s\): <a> "Liên kết không có dấu hiệu/,
      ),
    ]);
  });

  it('reports controls a keyboard trap keeps out of reach', async () => {
    expect(await withJs('keyboard-trap')).toEqual([
      expect.stringMatching(
        /^keyboard: 1 control\(s\) not reached with Tab: <a> "Liên kết không bao giờ tới được/,
      ),
    ]);
  });

  it('sees what one page stored when the next opens in the same tab (the check below is real)', async () => {
    const page = await openPage(browser);
    try {
      await page.goto(`${site.url}remembers-reader/`);
      await page.waitForFunction(() => caches.has('da-ghe-tham'));
      const carriedOver: string[] = [];
      page.on('console', (message) => carriedOver.push(message.text()));
      await page.goto(`${site.url}first-visit/`);
      await expect.poll(() => carriedOver.length).toBe(3);
      expect(carriedOver.sort()).toEqual([
        'Còn Cache Storage của trang trước',
        'Còn cookie của trang trước',
        'Còn localStorage của trang trước',
      ]);
    } finally {
      await page.context().close();
    }
  });

  it('in one tab reused page after page, reports what a fresh browser reports for each page, and nothing a page stored carries over', async () => {
    const pages = [
      'remembers-reader',
      'first-visit',
      'console-error',
      'good',
      'outside-request',
      'good',
      'axe-violation',
      'no-focus-indicator',
      'remembers-reader',
      'keyboard-trap',
      'first-visit',
    ];
    const tab = await openTabForGates(browser);
    const reused: string[][] = [];
    try {
      for (const name of pages)
        reused.push(await checkPageWithJavaScript(browser, `${site.url}${name}/`, tab));
    } finally {
      await tab.context().close();
    }
    expect(reused).toEqual(await Promise.all(pages.map((name) => withJs(name))));
    expect(reused.filter((problems) => problems.length > 0)).toHaveLength(5);
  });

  it('reports a page whose content needs JavaScript', async () => {
    expect(await checkPageWithoutJavaScript(browser, `${site.url}needs-javascript/`)).toEqual([
      'without JavaScript: no visible <h1>',
      'without JavaScript: <main> shows almost nothing ("")',
    ]);
  });
});

describe('the link gate catches links that lead nowhere', () => {
  it('reports a missing page and a missing section', () => {
    const { broken } = checkSiteLinks(gatesFixtures, 'http://127.0.0.1');
    expect(broken).toEqual([
      { page: '/broken-link/', href: '../khong-ton-tai/', reason: 'no such file' },
      { page: '/broken-link/', href: '../good/#muc-khong-co', reason: 'no such anchor' },
    ]);
  });
});

describe.runIf(javaAvailable())('the HTML validity gate catches invalid HTML', () => {
  it('reports each error with file and line, and passes a valid page', async () => {
    const errors = await htmlErrors(
      [join(gatesFixtures, 'invalid-html'), join(gatesFixtures, 'good')],
      gatesFixtures,
    );
    expect(errors).toEqual([
      expect.stringMatching(/^invalid-html\/index\.html:10: Duplicate ID “trung”/),
      expect.stringMatching(
        /^invalid-html\/index\.html:11: Element “li” not allowed as child of element “main”/,
      ),
    ]);
  });
});

describe('the byte budget gate catches heavy pages', () => {
  const check = (path: string, types: readonly PageType[] = pageTypes) =>
    budgetProblems(path, classifyPage(path, types)!, measurePage({ root: budgetFixtures }, path));

  // Every real page type carries the text-size control; a type may still be declared script-free.
  const scriptFree: PageType[] = [
    {
      name: 'task',
      label: 'Nhiệm vụ',
      patterns: ['/nhiem-vu/**'],
      maxTotal: 60 * 1024,
      maxScript: 0,
    },
  ];

  it('reports JavaScript on a page type that needs none', () => {
    expect(check('/nhiem-vu/mau/ii-1/', scriptFree)).toEqual([
      expect.stringMatching(
        /^\/nhiem-vu\/mau\/ii-1\/ \(task\): JavaScript on first load 0,\d KB besides the registration snippet > 0 \(this page type needs none\)$/,
      ),
    ]);
  });

  it('allows the service worker registration snippet, and only it, on a page type that needs no JavaScript', () => {
    expect(
      measurePage({ root: budgetFixtures }, '/nhiem-vu/mau/ii-2/').registration,
    ).toBeGreaterThan(100);
    expect(check('/nhiem-vu/mau/ii-2/', scriptFree)).toEqual([]);
    expect(check('/nhiem-vu/mau/ii-3/', scriptFree)).toEqual([
      expect.stringMatching(
        /^\/nhiem-vu\/mau\/ii-3\/ \(task\): JavaScript on first load 0,\d KB besides the registration snippet > 0 \(this page type needs none\)$/,
      ),
    ]);
  });

  it('reports a registration snippet over 1 KB', () => {
    const root = mkdtempSync(join(tmpdir(), 'ccb-budget-'));
    mkdirSync(join(root, 'nhiem-vu/mau/dang-ky'), { recursive: true });
    // Random bytes (as base64) compress only to 3/4: the snippet is about 1.6 KB in gzip.
    writeFileSync(
      join(root, 'nhiem-vu/mau/dang-ky/index.html'),
      `<!doctype html><html lang="vi"><head><title>Đăng ký</title></head><body><main><h1>Đăng ký</h1></main><script type="module">navigator.serviceWorker.register("/sw.js");const padding="${randomBytes(1500).toString('base64')}"</script></body></html>`,
    );
    const path = '/nhiem-vu/mau/dang-ky/';
    expect(budgetProblems(path, classifyPage(path)!, measurePage({ root }, path))).toEqual([
      expect.stringMatching(
        /^\/nhiem-vu\/mau\/dang-ky\/ \(task\): service worker registration snippet 1,[5-7] KB > 1,0 KB$/,
      ),
    ]);
  });

  // A chart page may carry a small loader; what matters is where Chart.js itself is loaded.
  const chartPage: PageType[] = [
    {
      name: 'chart page',
      label: 'Trang có biểu đồ',
      patterns: ['/chi-tieu/**'],
      maxTotal: 60 * 1024,
      maxScript: 2 * 1024,
    },
  ];

  it('reports chart code a page imports at once, even through another module', () => {
    expect(check('/chi-tieu/mau/ii-1/', chartPage)).toEqual([
      '/chi-tieu/mau/ii-1/ (chart page): chart code on first load (./chart.js); load it when the chart comes into view',
    ]);
  });

  it('accepts chart code loaded on demand with import()', () => {
    expect(check('/chi-tieu/mau/ii-2/', chartPage)).toEqual([]);
  });

  it('reports search code loaded before the reader searches', () => {
    expect(check('/ke-hoach/mau/')).toEqual([
      '/ke-hoach/mau/ (plan): search code on first load (/pagefind/pagefind-ui.css, /pagefind/pagefind-ui.js); load it when the reader starts a search',
    ]);
  });

  it('reports a page quoting an official text over 52 KB and CSS over 15 KB, with the figures', () => {
    const root = mkdtempSync(join(tmpdir(), 'ccb-budget-'));
    const write = (path: string, content: string | Buffer) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    };
    // Random bytes do not compress: 44 KB of font and 18 KB of CSS (as base64) stay about that size in gzip.
    write('_astro/chu.woff2', randomBytes(44 * 1024));
    write(
      '_astro/trang.css',
      `@font-face{font-family:Chu;src:url(./chu.woff2) format("woff2")}/*${randomBytes(18 * 1024).toString('base64')}*/`,
    );
    write(
      'nhiem-vu/mau/nang/index.html',
      '<!doctype html><html lang="vi"><head><title>Nặng</title><link rel="stylesheet" href="/_astro/trang.css"></head><body><main><h1>Nặng</h1></main></body></html>',
    );
    const path = '/nhiem-vu/mau/nang/';
    expect(budgetProblems(path, classifyPage(path)!, measurePage({ root }, path))).toEqual([
      expect.stringMatching(
        /^\/nhiem-vu\/mau\/nang\/ \(task\): HTML\+CSS\+fonts 6\d,\d KB > 52,0 KB \(HTML 0,\d KB, CSS 18,\d KB, fonts 44,\d KB\)$/,
      ),
      expect.stringMatching(/^\/nhiem-vu\/mau\/nang\/ \(task\): CSS 18,\d KB > 15,0 KB$/),
    ]);
  });
});

describe('the raw HTML and element caps every page has', () => {
  it('reports a page of 3 MB of text with 12,000 elements, and passes a page just under both caps', () => {
    const root = mkdtempSync(join(tmpdir(), 'ccb-budget-'));
    const write = (path: string, paragraphs: number, words: number) => {
      mkdirSync(join(root, path), { recursive: true });
      // Varied text: random syllables, so gzip cannot hide the raw size the phone parses.
      const paragraph = () =>
        `<p>${Array.from({ length: words }, () => randomBytes(4).toString('base64url')).join(' ')}</p>`;
      writeFileSync(
        join(root, path, 'index.html'),
        `<!doctype html><html lang="vi"><head><title>Dài</title></head><body><main><h1>Dài</h1>${Array.from({ length: paragraphs }, paragraph).join('')}</main></body></html>`,
      );
    };
    write('cau-chuyen/rat-dai', 12_000, 36);
    write('cau-chuyen/vua-du', 2_900, 7);
    const measure = (path: string) =>
      budgetProblems(path, classifyPage(path)!, measurePage({ root }, path)).filter(
        (problem) => !/HTML\+CSS\+fonts/.test(problem),
      );
    expect(measurePage({ root }, '/cau-chuyen/vua-du/').rawHtml).toBeLessThan(200 * 1024);
    expect(measure('/cau-chuyen/vua-du/')).toEqual([]);
    expect(measure('/cau-chuyen/rat-dai/')).toEqual([
      expect.stringMatching(
        /^\/cau-chuyen\/rat-dai\/ \(story\): raw HTML 3\d{3},\d KB > 200,0 KB; page the list or split the page$/,
      ),
      '/cau-chuyen/rat-dai/ (story): 12006 elements > 3000; page the list or split the page',
    ]);
  });
});

describe('page types', () => {
  it('a page no type describes is left unclassified, so the budget suite names it', () => {
    expect(classifyPage('/loai-moi/mau/')).toBeUndefined();
    expect(classifyPage('/mo-hinh/mau/')?.name).toBe('model');
    expect(classifyPage('/mo-hinh/linh-vuc/kinh-te/')?.name).toBe('list');
    expect(classifyPage('/ke-hoach/lao-cai-03-kh-ccb/')?.name).toBe('plan');
    expect(classifyPage('/ke-hoach/')?.name).toBe('list');
    expect(classifyPage('/giao-vien/')?.name).toBe('teachers');
    expect(classifyPage('/giao-vien/lua-tuoi/thcs/')?.name).toBe('list');
    expect(classifyPage('/nhiem-vu/lao-cai-03-kh-ccb/iii-1/')?.name).toBe('task');
  });

  it('page 2 on of a list is a list (or a theme), not the record type that shares its folder', () => {
    for (const path of [
      '/mo-hinh/trang-2/',
      '/mo-hinh/nam/2024/trang-3/',
      '/cau-chuyen/trang-2/',
      '/ke-hoach/trang-2/',
      '/nhiem-vu/trang-12/',
      '/chi-tieu/trang-2/',
      '/chu-de/trang-2/',
      '/tien-do/trang-2/',
      '/giao-vien/lua-tuoi/thcs/trang-2/',
      '/giao-vien/lua-tuoi/thcs/bien-gioi/trang-2/',
    ])
      expect(classifyPage(path)?.name, path).toBe('list');
    expect(classifyPage('/chu-de/xay-dung-to-chuc-hoi/trang-2/')?.name).toBe('theme');
    // A model named after a farm ("trang trại") is still a model.
    expect(classifyPage('/mo-hinh/trang-trai-bo-sua/')?.name).toBe('model');
  });
});

describe('a missing browser', () => {
  const loadWithout = async (ci: string | undefined) => {
    vi.resetModules();
    vi.stubEnv('CHROMIUM_PATH', '/khong/co/chromium');
    vi.stubEnv('CI', ci);
    try {
      return (await import('../../scripts/support/browser.ts')).browserAvailable;
    } finally {
      vi.unstubAllEnvs();
    }
  };

  it('fails under CI with the install command', async () => {
    const available = await loadWithout('true');
    vi.stubEnv('CI', 'true');
    expect(() => available()).toThrow('sudo apt-get install -y chromium');
    vi.unstubAllEnvs();
  });

  it('is a loud skip on a developer machine', async () => {
    const available = await loadWithout(undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('CI', undefined);
    expect(available()).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('BỎ QUA'));
    warn.mockRestore();
    vi.unstubAllEnvs();
  });
});
