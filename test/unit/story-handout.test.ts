import { describe, expect, it } from 'vitest';
import { handoutLayout } from '../../src/lib/stories/handout.ts';

describe('handoutLayout', () => {
  it('keeps a story of up to 1,200 words on two pages with its teaching parts', () => {
    expect(handoutLayout(700)).toBe('two-pages');
    expect(handoutLayout(1200)).toBe('two-pages');
  });

  it('gives the teaching parts a page of their own after a longer story', () => {
    expect(handoutLayout(1201)).toBe('story-then-parts');
  });
});
