import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages } from '../../scripts/support/dist.ts';
import { loadPage } from '../support/dom.ts';
import { spacingProblems } from '../support/text-spacing.ts';

beforeAll(assertBuilt);

describe('words are spaced as written', () => {
  it.each(listPages())('%s has no glued words and no space before punctuation', (path) => {
    expect(spacingProblems(loadPage(path))).toEqual([]);
  });
});
