/**
 * Fallback faces: while Noto Sans or Noto Serif downloads, text is drawn in a font the reader's
 * device already has, scaled so that its lines hold as many words as the web font's will; when the
 * web font arrives (font-display: swap), the words stay on their lines and nothing below moves.
 * Without them, an official text on a phone jumped by several lines (Lighthouse: CLS 0.555).
 *
 * The sizes are Capsize's (`createFontStack`, @capsizecss/core): `size-adjust` from the average
 * width of the web font's letters against the fallback's, ascent, descent and line gap from the
 * web font's own tables. src/integrations/fonts.ts measures both from font files at build time
 * (@capsizecss/unpack): the web font from the cut files the site serves, the fallback from Tinos
 * or Arimo (@fontsource), which were drawn with the advance widths of Times New Roman and Arial,
 * glyph for glyph, as Liberation Serif and Liberation Sans were. One measurement thus sizes all
 * three, whichever the device has: Times New Roman or Arial (Windows, Apple), Liberation (Linux),
 * Tinos or Arimo (ChromeOS).
 */
import { createFontStack, type FontMetrics } from '@capsizecss/core';
import { FONT_CHARACTERS, unicodeRange, type FontFace } from './fonts.ts';

/** What Capsize reads from a font file and needs to size a fallback. */
export type MeasuredFont = Pick<
  FontMetrics,
  | 'familyName'
  | 'fullName'
  | 'postscriptName'
  | 'ascent'
  | 'descent'
  | 'lineGap'
  | 'unitsPerEm'
  | 'xWidthAvg'
>;

/** The font measured for a family's fallback: a file of its @fontsource package. */
export interface WidthTwin {
  package: '@fontsource/tinos' | '@fontsource/arimo';
  stem: 'tinos' | 'arimo';
}

export const WIDTH_TWINS: Record<FontFace['family'], WidthTwin> = {
  'Noto Serif': { package: '@fontsource/tinos', stem: 'tinos' },
  'Noto Sans': { package: '@fontsource/arimo', stem: 'arimo' },
};

/** "tinos-latin-700-normal.woff2": the twin's file in the face's weight and style. */
export function widthTwinFileName(face: FontFace): string {
  return `${WIDTH_TWINS[face.family].stem}-latin-${face.weight}-${face.style}.woff2`;
}

/**
 * Full and PostScript names (local() matches either) of the fonts with the twin's widths, by
 * face. The twin's own names are read from its file.
 */
const SAME_WIDTH_FONTS: Record<string, readonly string[]> = {
  'Noto Serif 400 normal': [
    'Times New Roman',
    'TimesNewRomanPSMT',
    'Liberation Serif',
    'LiberationSerif',
  ],
  'Noto Serif 700 normal': [
    'Times New Roman Bold',
    'TimesNewRomanPS-BoldMT',
    'Liberation Serif Bold',
    'LiberationSerif-Bold',
  ],
  'Noto Serif 400 italic': [
    'Times New Roman Italic',
    'TimesNewRomanPS-ItalicMT',
    'Liberation Serif Italic',
    'LiberationSerif-Italic',
  ],
  'Noto Sans 400 normal': ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
  'Noto Sans 700 normal': [
    'Arial Bold',
    'Arial-BoldMT',
    'Liberation Sans Bold',
    'LiberationSans-Bold',
  ],
};

/** "Noto Serif Fallback": the family src/styles/global.css names right after the web font. */
export function fallbackFamily(family: FontFace['family']): string {
  return `${family} Fallback`;
}

const cssProperty = (name: string) =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The @font-face rule of `face`'s fallback, sized from the web font's metrics (`font`) and its
 * width twin's (`twin`). It covers only the characters the web font draws (FONT_CHARACTERS):
 * any other character falls through to the generic family, as it did before, so the page looks
 * the same once the web font is in.
 */
export function fallbackFontFace(face: FontFace, font: MeasuredFont, twin: MeasuredFont): string {
  const key = `${face.family} ${face.weight} ${face.style}`;
  const sameWidth = SAME_WIDTH_FONTS[key];
  if (!sameWidth) throw new Error(`No fallback fonts listed for ${key}`);
  const { fontFaces } = createFontStack([{ ...font, familyName: face.family }, twin], {
    fontFaceFormat: 'styleObject',
    fontFaceProperties: { fontStyle: face.style, fontWeight: face.weight },
  });
  const names = [...new Set([...sameWidth, twin.fullName, twin.postscriptName])];
  const declarations = {
    ...fontFaces[0]!['@font-face'],
    fontFamily: `'${fallbackFamily(face.family)}'`,
    // Capsize names the twin only; the fonts with its widths are just as good.
    src: names.map((name) => `local('${name}')`).join(', '),
    unicodeRange: unicodeRange(FONT_CHARACTERS),
  };
  return [
    '@font-face {',
    ...Object.entries(declarations).map(
      ([name, value]) => `  ${cssProperty(name)}: ${String(value)};`,
    ),
    '}',
  ].join('\n');
}
