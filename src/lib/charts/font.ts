import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** Code point ranges covered by the registered subsets, from the package's own CSS. */
function coveredRanges(): [number, number][] {
  const css = readFileSync(join(packageDir, '400.css'), 'utf8');
  return FONT_SUBSETS.flatMap((subset) => {
    const block =
      css.split('/* ').find((part) => part.startsWith(`noto-sans-${subset}-400-normal */`)) ?? '';
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!range) throw new Error(`@fontsource/noto-sans: no unicode-range for subset ${subset}`);
    return range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
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
