/**
 * How a story prints as a handout. Up to HANDOUT_TWO_PAGE_WORDS words (syllables, as counted for
 * reading time) the story and its teaching parts share two A4 pages; a longer story fills its own
 * pages and the key words, questions and activities follow on one page of their own.
 */
export const HANDOUT_TWO_PAGE_WORDS = 1200;

export type HandoutLayout = 'two-pages' | 'story-then-parts';

export function handoutLayout(words: number): HandoutLayout {
  return words <= HANDOUT_TWO_PAGE_WORDS ? 'two-pages' : 'story-then-parts';
}
