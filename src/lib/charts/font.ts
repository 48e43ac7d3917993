import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// The package says which characters each subset holds; imported as a module, not read as a file.
import subsetRanges from '@fontsource/noto-sans/unicode.json' with { type: 'json' };

/**
 * The chart font, shipped as an npm dependency (@fontsource/noto-sans) so every machine draws the
 * same outlines. Its Vietnamese, Latin and Latin-extended subsets are registered under one family;
 * the subsets' unicode ranges tell which characters it can draw.
 */

export const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;

const packageDir = dirname(
  createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'),
);

export function fontFiles(weight: 400 | 700): string[] {
  return FONT_SUBSETS.map((subset) =>
    join(packageDir, 'files', `noto-sans-${subset}-${weight}-normal.woff2`),
  );
}

/** Code point ranges written the CSS way, "U+0000-00FF,U+0131,…". */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part): [number, number] => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

/** Code point ranges covered by the registered subsets. */
function coveredRanges(): [number, number][] {
  const ranges: Record<string, string | undefined> = subsetRanges;
  return FONT_SUBSETS.flatMap((subset) => {
    const range = ranges[subset];
    if (!range) throw new Error(`@fontsource/noto-sans: no unicode range for subset ${subset}`);
    return parseUnicodeRange(range);
  });
}

let ranges: [number, number][] | undefined;

/** Characters of `text` the chart font cannot draw (they would fall back to a machine's font). */
export function missingGlyphs(text: string): string[] {
  ranges ??= coveredRanges();
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!ranges.some(([from, to]) => code >= from && code <= to)) missing.add(char);
  }
  return [...missing];
}
