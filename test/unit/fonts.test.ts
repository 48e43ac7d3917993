import { describe, expect, it } from 'vitest';
import {
  FONT_CHARACTERS,
  FONT_FACES,
  FONT_SUBSETS,
  VIETNAMESE_LETTERS,
  fontFileName,
  lettersWithoutGlyph,
} from '../../src/lib/fonts.ts';

describe('the characters the self-hosted fonts keep', () => {
  it('hold every Vietnamese letter (12 vowels in 6 tones, 17 consonants) and f j w z, in both cases', () => {
    expect([...VIETNAMESE_LETTERS]).toHaveLength(2 * (12 * 6 + 17 + 4));
    for (const letter of 'ấổủỹĐđƠơƯưẶặỆệ') expect(VIETNAMESE_LETTERS).toContain(letter);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe([...VIETNAMESE_LETTERS].length);
  });

  it('hold digits, ASCII punctuation and the dashes and quotes of Vietnamese typing', () => {
    for (const char of '0123456789%,.;:!?()[]/–—“”‘’…\u00a0')
      expect(FONT_CHARACTERS).toContain(char);
  });

  it('names the letters that would fall back to another font, and only letters', () => {
    expect(lettersWithoutGlyph('Độc lập – Tự do – Hạnh phúc ✔ 96,4 %')).toEqual([]);
    expect(lettersWithoutGlyph('Straße Ωmega ✔')).toEqual(['ß', 'Ω']);
    // Text typed with separate accents is judged as the NFC text the content check requires.
    expect(lettersWithoutGlyph('a\u0301')).toEqual([]);
  });

  it('takes its files from @fontsource by their own names', () => {
    expect(FONT_SUBSETS).toEqual(['latin', 'vietnamese']);
    expect(fontFileName(FONT_FACES[4]!, 'vietnamese')).toBe(
      'noto-serif-vietnamese-400-italic.woff2',
    );
  });
});
