/**
 * The site's two typefaces, self-hosted: Noto Serif for official texts (as printed), Noto Sans for
 * the interface where a device has none of the system fonts named before it (src/styles/global.css).
 * Only the styles the pages use, only the characters Vietnamese text needs: each @fontsource file
 * (its "latin" and "vietnamese" subsets) is cut down to FONT_CHARACTERS at build time
 * (src/integrations/fonts.ts), so no Vietnamese letter ever falls back to another font.
 */

export interface FontFace {
  /** The family name src/styles/global.css declares the face under. */
  family: 'Noto Sans' | 'Noto Serif';
  /** The @fontsource package the outlines come from. */
  package: '@fontsource/noto-sans' | '@fontsource/noto-serif';
  /** File name stem in the package, e.g. "noto-serif". */
  stem: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

/** Both subsets a Vietnamese page needs: basic letters are "latin", ă đ ơ ư and ạ…ỹ "vietnamese". */
export const FONT_SUBSETS = ['latin', 'vietnamese'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

/** Where each family's outlines come from: its @fontsource package and file name stem. */
const FAMILY_SOURCES = {
  'Noto Sans': { package: '@fontsource/noto-sans', stem: 'noto-sans' },
  'Noto Serif': { package: '@fontsource/noto-serif', stem: 'noto-serif' },
} as const;

const face = (
  family: FontFace['family'],
  weight: FontFace['weight'],
  style: FontFace['style'],
): FontFace => ({ family, ...FAMILY_SOURCES[family], weight, style });

export const FONT_FACES: readonly FontFace[] = [
  face('Noto Sans', 400, 'normal'),
  face('Noto Sans', 700, 'normal'),
  face('Noto Serif', 400, 'normal'),
  face('Noto Serif', 700, 'normal'),
  face('Noto Serif', 400, 'italic'),
];

/** "noto-serif-vietnamese-400-italic.woff2": @fontsource's own file name. */
export function fontFileName(face: FontFace, subset: FontSubset): string {
  return `${face.stem}-${subset}-${face.weight}-${face.style}.woff2`;
}

/** Base letters with every Vietnamese vowel in its five marked tones (and without): a, à, á, ả, ã, ạ… */
const VOWELS_WITH_TONES = [
  'aàáảãạ',
  'ăằắẳẵặ',
  'âầấẩẫậ',
  'eèéẻẽẹ',
  'êềếểễệ',
  'iìíỉĩị',
  'oòóỏõọ',
  'ôồốổỗộ',
  'ơờớởỡợ',
  'uùúủũụ',
  'ưừứửữự',
  'yỳýỷỹỵ',
].join('');

/** Every letter of the Vietnamese alphabet, lower and upper case, plus f j w z (names, loanwords). */
export const VIETNAMESE_LETTERS = (() => {
  const lower = `${VOWELS_WITH_TONES}bcdđghklmnpqrstvxfjwz`;
  return lower + lower.toUpperCase();
})();

/** Printable ASCII: digits, Latin letters, punctuation. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * Punctuation and signs the site's texts use: no-break space, dashes, curly quotes, ellipsis,
 * bullet, section and degree signs, per mille, đồng and euro signs, numero, times, minus.
 */
const PUNCTUATION = '\u00a0–—‘’‚“”„…•·‹›«»§°±×÷‰₫€№™©−';

/**
 * Every character the self-hosted fonts keep. Letters are precomposed (content is NFC, as the
 * content check requires), so no combining accents are needed.
 */
export const FONT_CHARACTERS = [...new Set(ASCII + VIETNAMESE_LETTERS + PUNCTUATION)].join('');

/** Letters (any script) in `text` that the fonts do not draw: each would fall back to another font. */
export function lettersWithoutGlyph(text: string): string[] {
  const kept = new Set(FONT_CHARACTERS);
  const missing = new Set<string>();
  for (const char of text.normalize('NFC'))
    if (/\p{L}/u.test(char) && !kept.has(char)) missing.add(char);
  return [...missing].sort();
}

/**
 * A CSS unicode-range naming exactly the characters of `text`, consecutive code points joined:
 * "U+20-7E, U+A0, U+102-103".
 */
export function unicodeRange(text: string): string {
  const points = [...new Set([...text].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const point of points) {
    const last = runs.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else runs.push([point, point]);
  }
  const hex = (point: number) => point.toString(16).toUpperCase();
  return runs
    .map(([first, end]) => (first === end ? `U+${hex(first)}` : `U+${hex(first)}-${hex(end)}`))
    .join(', ');
}
