import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';

const TARGET = 'chi-tieu/lao-cai-03-kh-ccb/ii-2-4/';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const isChartCode = (url: string) => /\/_astro\/interactive\.[\w-]+\.js$/.test(url);

/**
 * Tests run side by side (maxConcurrency in vitest.site.config.ts), each in its own browser
 * context: while one waits on a page, another uses the processor.
 */
const sideBySide = describe.runIf(browserAvailable()).concurrent;

sideBySide('progress charts in a real browser', () => {
  const run = builtSiteInBrowser();

  it('loads Chart.js only when the chart scrolls into view, then makes it interactive', async ({
    expect,
  }) => {
    const page = await openPage(run.browser);
    const requested: string[] = [];
    const refused: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on(
      'console',
      (message) =>
        message.text().includes('Content Security Policy') && refused.push(message.text()),
    );
    await page.goto(`${run.site.url}${TARGET}`, { waitUntil: 'networkidle' });
    const chart = page.locator('section[data-measure="ty-le-tap-hop"] progress-chart');
    expect(await chart.isVisible()).toBe(true);
    expect(requested.filter(isChartCode)).toEqual([]);
    expect(await chart.getAttribute('data-interactive')).toBeNull();

    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-interactive')).toBe('true');
    expect(requested.filter(isChartCode)).toHaveLength(1);
    const canvas = chart.locator('canvas');
    expect(await canvas.getAttribute('aria-label')).toContain('Tỷ lệ tập hợp hội viên');
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    // Pointing at the chart shows a tooltip: the canvas changes under the pointer.
    const before = await canvas.screenshot();
    await canvas.hover({ position: { x: box!.width * 0.3, y: box!.height * 0.5 } });
    await expect.poll(async () => Buffer.compare(before, await canvas.screenshot())).not.toBe(0);
    // The picture gives way to the live chart on screen; the table stays.
    expect(await chart.locator('[data-chart-svg]').isVisible()).toBe(false);
    expect(await page.locator('section[data-measure="ty-le-tap-hop"] table').isVisible()).toBe(
      true,
    );
    // All of it under the site's Content-Security-Policy.
    expect(refused).toEqual([]);
  });

  it('prints the drawn chart and the table, even after it became interactive', async ({
    expect,
  }) => {
    const page = await openPage(run.browser);
    await page.goto(`${run.site.url}${TARGET}`);
    const chart = page.locator('section[data-measure="ty-le-tap-hop"] progress-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-interactive')).toBe('true');
    await page.emulateMedia({ media: 'print' });
    // Paper gets the wide picture, even from a phone.
    expect(await chart.locator('[data-chart-layout="wide"] svg').isVisible()).toBe(true);
    expect(await chart.locator('[data-chart-layout="narrow"] svg').isVisible()).toBe(false);
    expect(await chart.locator('canvas').isVisible()).toBe(false);
    expect(await page.locator('section[data-measure="ty-le-tap-hop"] table').isVisible()).toBe(
      true,
    );
    expect(
      await page.locator('section[data-measure="ty-le-tap-hop"] [data-sample-notice]').isVisible(),
    ).toBe(true);
  });

  it('without JavaScript shows the complete chart and loads no script', async ({ expect }) => {
    const page = await openPage(run.browser, { javaScriptEnabled: false });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${run.site.url}${TARGET}`, { waitUntil: 'networkidle' });
    // A phone gets the picture drawn for its width; the wide one is not shown.
    const section = page.locator('section[data-measure="ty-le-tap-hop"]');
    const svg = section.locator('[data-chart-layout="narrow"] svg');
    await svg.scrollIntoViewIfNeeded();
    expect((await svg.boundingBox())!.width).toBeGreaterThan(300);
    expect(await section.locator('[data-chart-layout="wide"] svg').isVisible()).toBe(false);
    expect(requested.filter(isChartCode)).toEqual([]);
  });

  it('axe finds no accessibility violations on progress pages, before and after the charts come alive', async ({
    expect,
  }) => {
    for (const path of [
      '',
      'tien-do/',
      'phuong-phap-danh-gia/',
      TARGET,
      'chi-tieu/lao-cai-03-kh-ccb/ii-2-8/',
    ]) {
      // axe is injected as an inline script, which the site's own policy rightly refuses.
      const page = await openPage(run.browser, { bypassCSP: true });
      await page.goto(`${run.site.url}${path}`);
      for (const enhanced of [false, true]) {
        if (enhanced) {
          for (const chart of await page.locator('progress-chart').all()) {
            await chart.scrollIntoViewIfNeeded();
            await expect.poll(() => chart.getAttribute('data-interactive')).toBe('true');
          }
        }
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          return (await axe.run(document)).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        expect(violations, `${path} ${enhanced ? 'interactive' : 'static'}`).toEqual([]);
      }
      await page.context().close();
    }
  });
});
