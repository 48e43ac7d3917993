import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { showSavedCopyNotice } from '../../src/lib/offline/page-rewrites.ts';
import { indexedText } from '../../src/lib/search/index-text.ts';
import { assertBuilt, distDir, listPages, readPage } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';

/** The built site's offline parts (issue 17), as files; the browser suites test what they do. */
describe('offline reading in the built site', () => {
  assertBuilt();
  const pages = listPages();
  const manifest = (path: string) =>
    JSON.parse(readPage(path)) as { title: string; pages: string[]; files: string[] };

  it('every page registers the worker with a snippet its own CSP allows, and can show a saved-copy notice', () => {
    for (const path of pages) {
      const html = readPage(path);
      const document = loadPage(path);
      const snippet = [...document.querySelectorAll('script:not([src])')].find((script) =>
        /serviceWorker/.test(script.textContent ?? ''),
      );
      expect(snippet, path).toBeDefined();
      const hash = createHash('sha256')
        .update(snippet!.textContent ?? '')
        .digest('base64');
      const csp =
        document
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '';
      expect(csp, path).toContain(`'sha256-${hash}'`);
      expect(csp, path).toMatch(/worker-src 'self'/);
      // The worker rewrites exactly this markup when it serves the page from the device.
      expect(showSavedCopyNotice(html, '2026-11-30T01:00:00.000Z'), path).toContain(
        '<time datetime="2026-11-30">30/11/2026</time>',
      );
      expect(document.querySelector('[data-saved-copy]')?.hasAttribute('hidden'), path).toBe(true);
    }
  });

  it('the worker is small, knows the build, and is never handed to /admin/', () => {
    const worker = readFileSync(join(distDir, 'sw.js'));
    expect(gzipSync(worker).length).toBeLessThan(6 * 1024);
    expect(worker.toString()).not.toContain('VERSION-OF-THIS-BUILD');
    expect(worker.toString()).toMatch(/version:"[0-9a-f]{12}"/);
    expect(worker.toString()).not.toMatch(/https?:\/\//);
  });

  it('each plan has a saved set: the plan, all its tasks and targets, and every file they load', () => {
    const plans = pages.filter((path) => /^\/ke-hoach\/[^/]+\/$/.test(path));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const id = plan.split('/')[2]!;
      const set = manifest(`/ngoai-tuyen/ke-hoach/${id}.json`);
      const expected = [
        plan,
        ...pages.filter(
          (p) => p.startsWith(`/nhiem-vu/${id}/`) || p.startsWith(`/chi-tieu/${id}/`),
        ),
      ];
      expect([...set.pages].sort()).toEqual(expected.sort());
      for (const file of set.files) expect(existsSync(join(distDir, file)), file).toBe(true);
      expect(set.files.some((file) => /\.css$/.test(file))).toBe(true);
    }
    // A plan whose targets have charts also saves Chart.js (loaded on demand by the chart pages).
    const withCharts = manifest('/ngoai-tuyen/ke-hoach/lao-cai-03-kh-ccb.json');
    // One of Chart.js' core error messages survives minification.
    const chartCode = withCharts.files.filter((file) =>
      readFileSync(join(distDir, file), 'utf8').includes('Canvas is already in use'),
    );
    expect(chartCode).toHaveLength(1);
  });

  it('each age band with stories has a saved set with every story its page lists', () => {
    for (const band of ['tieu-hoc', 'thcs', 'thpt']) {
      const bandPage = `/giao-vien/lua-tuoi/${band}/`;
      if (!pages.includes(bandPage)) continue;
      const set = manifest(`/ngoai-tuyen/giao-vien/${band}.json`);
      const listed = [...loadPage(bandPage).querySelectorAll('main a[href^="/cau-chuyen/"]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href !== '/cau-chuyen/');
      expect(listed.length, band).toBeGreaterThan(0);
      expect(set.pages.filter((p) => p.startsWith('/cau-chuyen/')).sort()).toEqual(
        [...new Set(listed)].sort(),
      );
      expect(set.pages).toContain('/giao-vien/');
      expect(set.pages).toContain(bandPage);
    }
  });

  it('the plan page and the teachers’ page carry the save control, hidden until a worker runs', () => {
    const plan = loadPage('/ke-hoach/lao-cai-03-kh-ccb/');
    const control = plan.querySelector('save-for-offline');
    expect(control?.getAttribute('data-set')).toBe('/ngoai-tuyen/ke-hoach/lao-cai-03-kh-ccb.json');
    expect(control?.hasAttribute('hidden')).toBe(true);
    // The control waits in a <template>: nothing of it shows without a worker, nor enters the search index.
    const template = control?.querySelector('template')?.innerHTML ?? '';
    expect(template).toContain('>Lưu để đọc khi không có mạng</button>');
    const indexed = indexedText(readPage('/ke-hoach/lao-cai-03-kh-ccb/'));
    expect(indexed).toContain('Ngày 07/11/2022');
    expect(indexed).not.toMatch(/Lưu để đọc|Bản đã lưu|đã lưu/);
    const teachers = loadPage('/giao-vien/');
    expect(teachers.querySelector('[data-offline-only]')?.hasAttribute('hidden')).toBe(true);
    expect(
      [...teachers.querySelectorAll('save-for-offline')].map((c) => c.getAttribute('data-set')),
    ).toEqual(
      ['tieu-hoc', 'thcs', 'thpt']
        .filter((band) => pages.includes(`/giao-vien/lua-tuoi/${band}/`))
        .map((band) => `/ngoai-tuyen/giao-vien/${band}.json`),
    );
  });

  it('the site installs: a Vietnamese web app manifest with our icons and the theme colour', async () => {
    const app = JSON.parse(readPage('/manifest.webmanifest')) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(app).toMatchObject({
      name: 'Cựu chiến binh biên giới phía Bắc',
      lang: 'vi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#8b1a1a',
    });
    expect(app.short_name.length).toBeLessThanOrEqual(13);
    expect(app.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['any any', '192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of app.icons.filter((i) => i.type === 'image/png')) {
      const image = await loadImage(readFileSync(join(distDir, icon.src)));
      expect(`${image.width}x${image.height}`).toBe(icon.sizes);
    }
    expect(readPage('/icons/icon.svg')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const home = loadPage('/');
    expect(home.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
      '/manifest.webmanifest',
    );
    expect(home.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe('#8b1a1a');
  });

  it('the offline page explains, without a worker, what would be listed and how to save', () => {
    const offline = loadPage('/ngoai-tuyen/');
    expect(textOf(offline.querySelector('h1'))).toBe('Đọc khi không có mạng');
    expect(textOf(offline.querySelector('[data-saved-pages]'))).toContain('chưa lưu trang nào');
    expect(offline.querySelector('[data-offline-missed]')?.hasAttribute('hidden')).toBe(true);
    expect(textOf(offline.querySelector('main'))).toContain('Lưu để đọc khi không có mạng');
  });
});
