import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../../scripts/support/dist.ts';
import { classifyPage } from '../../scripts/support/page-types.ts';
import { budgetProblems, measurePage } from '../support/page-weight.ts';

/**
 * Byte budgets of every built page, gzip, as a phone loads it, read from the built files. The fonts
 * a page makes Chromium download are added to its first load by the page gates
 * (page-gates.test.ts), which load every page anyway.
 */
describe('byte budgets of every built page, gzip, as a phone loads it', () => {
  assertBuilt();
  const pages = listPages();

  it('every page belongs to a declared page type (scripts/support/page-types.ts)', () => {
    expect(pages.filter((path) => !classifyPage(path))).toEqual([]);
  });

  it('no page exceeds its budgets for HTML+CSS, CSS, first-load JavaScript, chart and search code', () => {
    const problems = pages.flatMap((path) => {
      const type = classifyPage(path);
      return type
        ? budgetProblems(path, type, { ...measurePage({ root: distDir }, path), fonts: 0 })
        : [];
    });
    expect(problems).toEqual([]);
  });
});
