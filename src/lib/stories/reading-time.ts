import { memoized } from '../memoized.ts';

/**
 * Reading time of a story, from its text. Vietnamese is written syllable by syllable, so a
 * "word" here is a syllable; a pupil reading aloud manages about 150 a minute, silently more.
 */
export const SYLLABLES_PER_MINUTE = 150;

/**
 * The words of an MDX body: tags, markup and punctuation left out. Each body is counted once:
 * every list of stories counts the same bodies again.
 */
export const countWords = memoized((mdx: string): number => {
  const text = mdx
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()|-]/g, ' ')
    .normalize('NFC');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
});

/** Whole minutes, at least 1. */
export function readingMinutes(mdx: string, perMinute = SYLLABLES_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / perMinute));
}
