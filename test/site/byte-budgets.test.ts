import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../scripts/support/browser.ts';
import { builtSiteInBrowser } from '../support/built-site-browser.ts';
import { inTabs } from '../support/concurrency.ts';
import { assertBuilt, distDir, listPages } from '../../scripts/support/dist.ts';
import { classifyPage } from '../../scripts/support/page-types.ts';
import {
  budgetProblems,
  fontsDownloaded,
  measurePage,
  withoutCache,
} from '../support/page-weight.ts';

describe('byte budgets of every built page, gzip, as a phone loads it', () => {
  assertBuilt();
  const pages = listPages();

  it('every page belongs to a declared page type (scripts/support/page-types.ts)', () => {
    expect(pages.filter((path) => !classifyPage(path))).toEqual([]);
  });

  it('no page exceeds its budgets for HTML+CSS, CSS, first-load JavaScript, chart and search code (fonts are counted in Chromium below)', () => {
    const problems = pages.flatMap((path) => {
      const type = classifyPage(path);
      return type
        ? budgetProblems(path, type, { ...measurePage({ root: distDir }, path), fonts: 0 })
        : [];
    });
    expect(problems).toEqual([]);
  });

  describe.runIf(browserAvailable())('with the fonts Chromium downloads', () => {
    const running = builtSiteInBrowser();

    it('no page exceeds its HTML+CSS+fonts budget', async () => {
      const problems: string[] = [];
      const heaviest = new Map<string, string>();
      const typed = pages.flatMap((path) => {
        const type = classifyPage(path);
        return type ? [{ path, type }] : [];
      });
      const downloaded = await inTabs(
        () => withoutCache(running.browser),
        typed,
        (page, { path }) => fontsDownloaded(page, `${running.site.url}${path.replace(/^\//, '')}`),
      );
      for (const [i, { path, type }] of typed.entries()) {
        const fonts = downloaded[i]!;
        const weight = { ...measurePage({ root: distDir }, path), fonts: fonts.bytes };
        problems.push(...budgetProblems(path, type, weight));
        const total = weight.html + weight.css + weight.fonts;
        const before = Number(heaviest.get(type.name)?.split(' ')[0] ?? 0);
        if (total > before)
          heaviest.set(
            type.name,
            `${total} ${path}: HTML ${weight.html}, CSS ${weight.css}, fonts ${weight.fonts} (${fonts.files.length} files), script ${weight.script}`,
          );
      }
      console.log(
        `Heaviest page of each type, gzip bytes:\n${[...heaviest].map(([type, line]) => `${type}: ${line}`).join('\n')}`,
      );
      expect(problems).toEqual([]);
    }, 300_000);
  });
});
