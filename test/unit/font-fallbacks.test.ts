import { describe, expect, it } from 'vitest';
import {
  fallbackFamily,
  fallbackFontFace,
  widthTwinFileName,
  type MeasuredFont,
} from '../../src/lib/font-fallbacks.ts';
import { FONT_CHARACTERS, FONT_FACES, unicodeRange } from '../../src/lib/fonts.ts';

/** The code points a unicode-range such as "U+20-7E, U+A0" covers. */
function covered(range: string): Set<number> {
  const points = new Set<number>();
  for (const part of range.split(', ')) {
    const [first, last = first] = part.replace('U+', '').split('-') as [string, string?];
    for (let point = parseInt(first, 16); point <= parseInt(last, 16); point++) points.add(point);
  }
  return points;
}

describe('unicodeRange', () => {
  it('joins consecutive code points and names each other one alone, in order', () => {
    expect(unicodeRange('cxab')).toBe('U+61-63, U+78');
    expect(unicodeRange('ấaa')).toBe('U+61, U+1EA5');
  });

  it('covers exactly the characters the self-hosted fonts keep', () => {
    const points = covered(unicodeRange(FONT_CHARACTERS));
    expect(points).toEqual(new Set([...FONT_CHARACTERS].map((char) => char.codePointAt(0))));
    for (const char of ' aĐđấỹ–“”₫') expect(points.has(char.codePointAt(0)!)).toBe(true);
    for (const char of '→✔Ω') expect(points.has(char.codePointAt(0)!)).toBe(false);
  });
});

const font = (overrides: Partial<MeasuredFont>): MeasuredFont => ({
  familyName: 'Noto Serif',
  fullName: 'Noto Serif Bold',
  postscriptName: 'NotoSerif-Bold',
  ascent: 1000,
  descent: -250,
  lineGap: 0,
  unitsPerEm: 1000,
  xWidthAvg: 500,
  ...overrides,
});
const serifBold = FONT_FACES.find((face) => face.family === 'Noto Serif' && face.weight === 700)!;
const tinosBold = font({
  familyName: 'Tinos',
  fullName: 'Tinos Bold',
  postscriptName: 'Tinos-Bold',
  unitsPerEm: 2048,
  ascent: 1825,
  descent: -443,
  lineGap: 87,
  // 0.44 em on average, against the web font's 0.55 below: the web font is 25 % wider.
  xWidthAvg: 0.44 * 2048,
});

describe('fallbackFontFace', () => {
  const rule = fallbackFontFace(serifBold, font({ xWidthAvg: 550 }), tinosBold);
  const declaration = (name: string) => new RegExp(`^  ${name}: (.*);$`, 'm').exec(rule)?.[1];

  it('is a face of the family global.css names after the web font, in the same weight and style', () => {
    expect(fallbackFamily('Noto Serif')).toBe('Noto Serif Fallback');
    expect(declaration('font-family')).toBe("'Noto Serif Fallback'");
    expect(declaration('font-weight')).toBe('700');
    expect(declaration('font-style')).toBe('normal');
  });

  it('uses whichever font with Times New Roman Bold widths the device has, the twin included', () => {
    expect(declaration('src')).toBe(
      [
        'Times New Roman Bold',
        'TimesNewRomanPS-BoldMT',
        'Liberation Serif Bold',
        'LiberationSerif-Bold',
        'Tinos Bold',
        'Tinos-Bold',
      ]
        .map((name) => `local('${name}')`)
        .join(', '),
    );
  });

  it("scales the fallback to the web font's average width and takes its vertical metrics", () => {
    expect(declaration('size-adjust')).toBe('125%');
    // The web font's ascent and descent (1 em and 0.25 em), given in the enlarged fallback's em.
    expect(declaration('ascent-override')).toBe('80%');
    expect(declaration('descent-override')).toBe('20%');
    expect(declaration('line-gap-override')).toBe('0%');
  });

  it('covers only the characters the web font draws', () => {
    expect(declaration('unicode-range')).toBe(unicodeRange(FONT_CHARACTERS));
  });

  it('has fonts listed for every face the site uses, and measures the twin in the same style', () => {
    for (const face of FONT_FACES)
      expect(() => fallbackFontFace(face, font({}), tinosBold)).not.toThrow();
    expect(widthTwinFileName(serifBold)).toBe('tinos-latin-700-normal.woff2');
    expect(widthTwinFileName(FONT_FACES.find((face) => face.style === 'italic')!)).toBe(
      'tinos-latin-400-italic.woff2',
    );
    expect(widthTwinFileName(FONT_FACES.find((face) => face.family === 'Noto Sans')!)).toBe(
      'arimo-latin-400-normal.woff2',
    );
  });
});
