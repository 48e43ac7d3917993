import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { assertBuilt, distDir, listPages, readPage } from '../../scripts/support/dist.ts';
import { inTabs } from '../support/concurrency.ts';

/**
 * Charts and tables as a reader on a small phone meets them (issue 13), in Chromium at 320 and
 * 360 px (and at 704 px, the narrowest screen with the wide layout): every word of every chart at least 12 CSS px, none on another or cut off, a key beside
 * every chart; the same for the interactive chart; the facts of each table in view without
 * scrolling sideways, or the table says it scrolls. Measured on what the browser draws: the
 * glyphs of the SVG as laid out, the text the interactive chart writes on its canvas.
 */
assertBuilt();
const pages = listPages();
const chartPages = pages.filter((path) => /data-chart-svg|overview-chart/.test(readPage(path)));
const tablePages = pages.filter((path) => readPage(path).includes('data-progress-table'));
const TARGET = '/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/';
/** The narrowest screen that gets the wide layout (WIDE_MEDIA, 44em). */
const NARROWEST_WIDE = 704;
/** Two phones, and the narrowest wide screen. */
const WIDTHS = [320, 360, NARROWEST_WIDE] as const;
const MIN_PX = 12;
const SCREENSHOTS = join(process.cwd(), 'test-results', 'phone-360');

interface Word {
  chart: string;
  text: string;
  /** CSS px, as laid out. */
  box: { left: number; top: number; right: number; bottom: number };
  /** The chart's own box: a word outside it is cut off. */
  frame: { left: number; top: number; right: number; bottom: number };
  /** Height the same characters have in 12 px Noto Sans (the chart font), for comparison. */
  reference12: number;
}

const overlap = (a: Word['box'], b: Word['box']) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;
const inside = (frame: Word['frame'], box: Word['box']) =>
  box.left >= frame.left - 0.5 &&
  box.right <= frame.right + 0.5 &&
  box.top >= frame.top - 0.5 &&
  box.bottom <= frame.bottom + 0.5;

/** Problems with the words of the charts on a page: too small, overlapping, cut off. */
function wordProblems(words: Word[]): string[] {
  const problems: string[] = [];
  for (const word of words) {
    const height = word.box.bottom - word.box.top;
    // Same font, same characters: ink height grows with the font size.
    const px = (MIN_PX * height) / word.reference12;
    if (px < MIN_PX - 0.25) problems.push(`${word.chart} "${word.text}": ${px.toFixed(1)} px`);
    if (!inside(word.frame, word.box)) problems.push(`${word.chart} "${word.text}" is cut off`);
  }
  words.forEach((a, i) =>
    words
      .slice(i + 1)
      .filter((b) => a.chart === b.chart && overlap(a.box, b.box))
      .forEach((b) => problems.push(`${a.chart}: "${a.text}" overlaps "${b.text}"`)),
  );
  return problems;
}

/**
 * The words of every chart picture shown on the page, as laid out: the inline SVGs, and the
 * overview's chart images (put in the page as they are, at the size the image is shown).
 */
async function pictureWords(page: Page): Promise<Word[]> {
  const images = await page
    .locator('.overview-chart img')
    .evaluateAll((list) => list.map((img) => (img as HTMLImageElement).getAttribute('src')!));
  const svgs = Object.fromEntries(
    images.map((src) => [
      src,
      readFileSync(join(distDir, decodeURIComponent(new URL(src, 'http://x/').pathname)), 'utf8'),
    ]),
  );
  return page.evaluate(async (svgs) => {
    // Put back once measured, so that the page can be laid out at another width.
    const swapped: [SVGSVGElement, HTMLImageElement][] = [];
    for (const img of document.querySelectorAll<HTMLImageElement>('.overview-chart img')) {
      const { width, height } = img.getBoundingClientRect();
      const holder = document.createElement('div');
      holder.innerHTML = svgs[img.getAttribute('src')!]!;
      const svg = holder.querySelector('svg')!;
      svg.setAttribute('width', String(width));
      svg.setAttribute('height', String(height));
      svg.dataset.chart = img.getAttribute('src')!;
      img.replaceWith(svg);
      swapped.push([svg, img]);
    }
    await document.fonts.load('12px "Noto Sans"');
    // Measured at 120 px and scaled down: canvas metrics are whole pixels.
    const ruler = document.createElement('canvas').getContext('2d')!;
    ruler.font = '120px "Noto Sans"';
    const words = [];
    const shown = [...document.querySelectorAll('svg')].filter(
      (svg) => svg.querySelector('g[data-label]') && svg.getBoundingClientRect().width > 0,
    );
    for (const [n, svg] of shown.entries()) {
      const frame = svg.getBoundingClientRect().toJSON() as DOMRect;
      const chart =
        svg.dataset.chart ??
        `${svg.closest('section[data-measure]')?.getAttribute('data-measure')}#${n}`;
      for (const g of svg.querySelectorAll('g[data-label]')) {
        const text = g.getAttribute('data-label')!;
        const metrics = ruler.measureText(text);
        words.push({
          chart,
          text,
          box: g.getBoundingClientRect().toJSON() as DOMRect,
          frame,
          reference12: (metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent) / 10,
        });
      }
    }
    for (const [svg, img] of swapped) svg.replaceWith(img);
    return words;
  }, svgs);
}

/** Records what the interactive charts write on their canvases (each full clear starts afresh). */
const RECORD_CANVAS_TEXT = () => {
  type Recorded = HTMLCanvasElement & { texts?: unknown[] };
  // The originals, called with the context they were taken from (`call`).
  const { fillText, clearRect } = Object.getOwnPropertyDescriptors(
    CanvasRenderingContext2D.prototype,
  ) as {
    fillText: { value: CanvasRenderingContext2D['fillText'] };
    clearRect: { value: CanvasRenderingContext2D['clearRect'] };
  };
  CanvasRenderingContext2D.prototype.clearRect = function (x, y, w, h) {
    const canvas = this.canvas as Recorded;
    if (x <= 0 && y <= 0 && w >= canvas.width && h >= canvas.height) canvas.texts = [];
    clearRect.value.call(this, x, y, w, h);
  };
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    const canvas = this.canvas as Recorded;
    const m = this.measureText(text);
    const t = this.getTransform();
    const corners = [
      [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent],
      [x + m.actualBoundingBoxRight, y - m.actualBoundingBoxAscent],
      [x - m.actualBoundingBoxLeft, y + m.actualBoundingBoxDescent],
      [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent],
    ].map(([px, py]) => [t.a * px! + t.c * py! + t.e, t.b * px! + t.d * py! + t.f]);
    (canvas.texts ??= []).push({
      text,
      size: Number(/(\d+(?:\.\d+)?)px/.exec(this.font)![1]) * Math.hypot(t.a, t.b),
      left: Math.min(...corners.map((c) => c[0]!)),
      right: Math.max(...corners.map((c) => c[0]!)),
      top: Math.min(...corners.map((c) => c[1]!)),
      bottom: Math.max(...corners.map((c) => c[1]!)),
    });
    fillText.value.call(this, text, x, y, maxWidth);
  };
};

/** The words of every interactive chart, in CSS px, with the font size they were drawn at. */
function canvasWords(page: Page) {
  return page.locator('progress-chart canvas').evaluateAll((canvases) =>
    canvases.map((element) => {
      const canvas = element as HTMLCanvasElement & {
        texts?: {
          text: string;
          size: number;
          left: number;
          right: number;
          top: number;
          bottom: number;
        }[];
      };
      const scale = canvas.getBoundingClientRect().width / canvas.width;
      return {
        chart: canvas.closest('section[data-measure]')!.getAttribute('data-measure')!,
        layout: canvas.parentElement!.dataset.layout,
        width: canvas.width * scale,
        height: canvas.height * scale,
        words: (canvas.texts ?? []).map((t) => ({
          text: t.text,
          px: t.size * scale,
          box: {
            left: t.left * scale,
            right: t.right * scale,
            top: t.top * scale,
            bottom: t.bottom * scale,
          },
        })),
      };
    }),
  );
}

describe.runIf(browserAvailable())('charts and tables on a small phone', () => {
  const running = builtSiteInBrowser();
  const url = (path: string) => `${running.site.url}${path.replace(/^\//, '')}`;

  it('has pages with charts and tables to check', () => {
    expect(chartPages).toEqual(expect.arrayContaining([TARGET, '/tien-do/']));
    expect(tablePages).toContain(TARGET);
  });

  /**
   * Each chart page is loaded once, at the first width, and laid out again at the others by
   * resizing the tab (as a phone turned sideways is); pages are checked a few at a time.
   */
  const atEveryWidth = async (
    javaScriptEnabled: boolean,
    paths: string[],
    check: (page: Page, path: string, width: number) => Promise<string[]>,
  ) =>
    (
      await inTabs(
        async () => {
          const page = await openPage(running.browser, {
            viewport: { width: WIDTHS[0], height: 740 },
            javaScriptEnabled,
          });
          if (javaScriptEnabled) await page.addInitScript(RECORD_CANVAS_TEXT);
          return page;
        },
        paths,
        async (page, path) => {
          await page.goto(url(path));
          const problems: string[] = [];
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 740 });
            problems.push(...(await check(page, path, width)));
          }
          return problems;
        },
      )
    ).flat();

  it(`without JavaScript at ${WIDTHS.join(', ')} px, every word of every chart is 12 px or more, none on another or cut off, each chart with its key`, async () => {
    let measured = 0;
    const problems = await atEveryWidth(false, chartPages, async (page, path, width) => {
      const at = `${width} px ${path}`;
      const found: string[] = [];
      // Every chart has its key beside it: the series, the milestone line.
      const keys = await page
        .locator('figure.progress-figure, .overview-chart')
        .evaluateAll((charts) =>
          charts.map((chart) => chart.querySelectorAll('[data-chart-key] li').length),
        );
      if (keys.length === 0) found.push(`${at}: no chart`);
      if (Math.min(...keys) < 2) found.push(`${at}: a chart without its key`);
      const words = await pictureWords(page);
      measured += words.length;
      found.push(...wordProblems(words).map((problem) => `${at} ${problem}`));
      // The picture shown is the one drawn for the screen.
      const other = width < NARROWEST_WIDE ? 'wide' : 'narrow';
      const shown = await page.locator(`[data-chart-layout="${other}"] svg:visible`).count();
      if (shown) found.push(`${at}: ${shown} picture(s) drawn for the ${other} layout shown`);
      return found;
    });
    expect(measured).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it(`with JavaScript at ${WIDTHS.join(', ')} px, the interactive chart writes every word at 12 px or more, none on another or outside it`, async () => {
    const interactive = chartPages.filter((p) => /^\/(chi-tieu|theo-doi)\//.test(p));
    const problems = await atEveryWidth(true, interactive, async (page, path, width) => {
      const layout = width < NARROWEST_WIDE ? 'narrow' : 'wide';
      for (const chart of await page.locator('progress-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await expect.poll(() => chart.getAttribute('data-interactive')).toBe('true');
      }
      // Drawn again for this width: in its layout, at the canvas' new size.
      const redrawn = await page
        .waitForFunction(
          (layout) =>
            [...document.querySelectorAll<HTMLCanvasElement>('progress-chart canvas')].every(
              (canvas) =>
                canvas.parentElement!.dataset.layout === layout &&
                Math.abs(canvas.width - canvas.getBoundingClientRect().width * devicePixelRatio) <=
                  1 &&
                ((canvas as HTMLCanvasElement & { texts?: unknown[] }).texts?.length ?? 0) > 5,
            ),
          layout,
          { polling: 25, timeout: 10_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!redrawn)
        return [`${width} px ${path}: the charts are not drawn again in the ${layout} layout`];
      const found: string[] = [];
      for (const chart of await canvasWords(page)) {
        const where = `${width} px ${path} ${chart.chart}`;
        for (const word of chart.words) {
          if (word.px < MIN_PX) found.push(`${where} "${word.text}": ${word.px.toFixed(1)} px`);
          const frame = { left: 0, top: 0, right: chart.width, bottom: chart.height };
          if (!inside(frame, word.box)) found.push(`${where} "${word.text}" cut off`);
        }
        chart.words.forEach((a, i) =>
          chart.words
            .slice(i + 1)
            .filter((b) => overlap(a.box, b.box))
            .forEach((b) => found.push(`${where}: "${a.text}" overlaps "${b.text}"`)),
        );
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('at 360 px each table shows period, value, milestone and verdict without scrolling, and says when it scrolls', async () => {
    const page = await openPage(running.browser, { viewport: { width: 360, height: 740 } });
    const problems: string[] = [];
    for (const path of tablePages) {
      await page.goto(url(path));
      for (const region of await page.locator('.table-scroll').all()) {
        const facts = await region.evaluate((box) => {
          const table = box.querySelector('table')!;
          const verdict = table.querySelector('thead th:nth-child(4)')!;
          const lines = [...table.querySelectorAll('tbody tr[data-period]')].flatMap((row) =>
            [...row.querySelectorAll('th, td.value, td.milestone, td.verdict')].map((cell) => {
              // The height of the cell's own text (a row is as tall as its tallest cell).
              const range = document.createRange();
              range.selectNodeContents(cell);
              const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
              return Math.round(range.getBoundingClientRect().height / lineHeight);
            }),
          );
          const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
          return {
            verdictRight: verdict.getBoundingClientRect().right,
            boxRight: box.getBoundingClientRect().right,
            scrolls: box.scrollWidth > box.clientWidth + 1,
            hintShown: !!hint && getComputedStyle(hint).display !== 'none',
            hint: hint?.textContent ?? '',
            name: box.getAttribute('aria-label') ?? '',
            focusable: box.tabIndex === 0 && box.getAttribute('role') === 'region',
            tallestCell: Math.max(...lines),
          };
        });
        const where = `${path} ${facts.name}`;
        if (facts.verdictRight > facts.boxRight + 0.5)
          problems.push(`${where}: the verdict column ends at ${facts.verdictRight} px`);
        // No key fact is squeezed to a word a line (rows used to be ~300 px tall): a verdict with
        // its reason ("Chưa đánh giá (chưa hết năm)") takes four short lines at most.
        if (facts.tallestCell > 4) problems.push(`${where}: a cell of ${facts.tallestCell} lines`);
        if (facts.scrolls) {
          if (!facts.hintShown || !/kéo bảng sang ngang/.test(facts.hint))
            problems.push(`${where}: scrolls without saying so`);
          if (!facts.focusable || !facts.name)
            problems.push(`${where}: not a named focusable region`);
          await region.focus();
          await page.keyboard.press('ArrowRight');
          // Chromium scrolls smoothly: the box moves over a few frames.
          const scrolled = await region.evaluate(
            (box) =>
              new Promise<boolean>((done) => {
                const started = performance.now();
                const check = () =>
                  box.scrollLeft > 0
                    ? done(true)
                    : performance.now() - started > 2000
                      ? done(false)
                      : requestAnimationFrame(check);
                check();
              }),
          );
          if (!scrolled) problems.push(`${where}: does not scroll with the keyboard`);
        }
      }
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('at any width a table that scrolls says so; on a wide screen the tables fit and say nothing', async () => {
    const widths = [480, 704, 834, 1280];
    const problems: string[] = [];
    const page = await openPage(running.browser, { viewport: { width: widths[0]!, height: 900 } });
    for (const path of tablePages) {
      await page.goto(url(path));
      // Laid out again at each width by resizing the tab.
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        for (const region of await page.locator('.table-scroll').all()) {
          const { scrolls, hintShown } = await region.evaluate((box) => {
            const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
            return {
              scrolls: box.scrollWidth > box.clientWidth + 1,
              hintShown: !!hint && getComputedStyle(hint).display !== 'none',
            };
          });
          if (scrolls && !hintShown)
            problems.push(`${width} px ${path}: scrolls without saying so`);
          if (width >= 1024 && (scrolls || hintShown))
            problems.push(`${width} px ${path}: does not fit a wide screen`);
        }
      }
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('saves 360 px screenshots of a chart and its table, with and without JavaScript, for review', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const javaScriptEnabled of [false, true]) {
      const page = await openPage(running.browser, {
        viewport: { width: 360, height: 740 },
        javaScriptEnabled,
      });
      await page.goto(url(TARGET));
      const section = page.locator('section[data-measure="ty-le-tap-hop"]');
      const figure = section.locator('figure');
      await figure.scrollIntoViewIfNeeded();
      if (javaScriptEnabled)
        await expect
          .poll(() => section.locator('progress-chart').getAttribute('data-interactive'))
          .toBe('true');
      const name = javaScriptEnabled ? 'js' : 'no-js';
      await figure.screenshot({ path: join(SCREENSHOTS, `chart-${name}.png`) });
      await section
        .locator('.table-scroll')
        .screenshot({ path: join(SCREENSHOTS, `table-${name}.png`) });
      await page.context().close();
    }
  });
});
