import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../support/dist.ts';
import { classifyPage } from '../support/page-types.ts';
import { budgetProblems, measurePage } from '../support/page-weight.ts';

describe('byte budgets of every built page, gzip, as a phone loads it', () => {
  assertBuilt();
  const pages = listPages();

  it('every page belongs to a declared page type (test/support/page-types.ts)', () => {
    expect(pages.filter((path) => !classifyPage(path))).toEqual([]);
  });

  it('no page exceeds its budgets for HTML+CSS+fonts, CSS, first-load JavaScript, chart and search code', () => {
    const problems = pages.flatMap((path) => {
      const type = classifyPage(path);
      return type ? budgetProblems(path, type, measurePage({ root: distDir }, path)) : [];
    });
    expect(problems).toEqual([]);
  });
});
