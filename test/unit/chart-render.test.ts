import { describe, expect, it } from 'vitest';
import {
  hasEstimate,
  MARKERS,
  SERIES_COLOURS,
  seriesColour,
  seriesMarker,
  type ChartInput,
} from '../../src/lib/charts/config.ts';
import { missingGlyphs, parseUnicodeRange } from '../../src/lib/charts/font.ts';
import { MissingGlyphError, renderChartSvg } from '../../src/lib/charts/render-svg.ts';

const input: ChartInput = {
  kind: 'rate',
  categories: ['2024', '2025 (6T đầu)', '2025'],
  datasets: [
    {
      label: 'tỉnh Lào Cai (trước 01/07/2025)',
      values: [96.4, 97.1, null],
      estimate: [false, false, false],
    },
    { label: 'tỉnh Lào Cai', values: [null, null, 97.6], estimate: [false, false, true] },
  ],
  milestones: [
    { comparator: '>=', value: 96 },
    { comparator: '>=', value: 96 },
    { comparator: '>=', value: 98 },
  ],
  breakAfter: 1,
  breakLabel: 'Từ 01/07/2025: đơn vị mới',
  size: 'full',
};

describe('build-time chart SVG', () => {
  it('gives the same bytes for the same data, and different bytes for different data', () => {
    const first = renderChartSvg(input, 'a');
    expect(renderChartSvg(input, 'a')).toBe(first);
    expect(
      renderChartSvg(
        {
          ...input,
          datasets: [{ ...input.datasets[0]!, values: [96.5, 97.1, null] }, input.datasets[1]!],
        },
        'a',
      ),
    ).not.toBe(first);
  });

  it('draws text as outlines (no live text, no font needed to view it) and keeps ids unique per chart', () => {
    const svg = renderChartSvg(input, 'bieu-do-1');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<text/);
    expect(svg).toMatch(/<path/);
    const ids = [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id!.startsWith('bieu-do-1'))).toBe(true);
  });

  it('reads unicode ranges written the CSS way', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1EA0-1EF9')).toEqual([
      [0x0000, 0x00ff],
      [0x0131, 0x0131],
      [0x1ea0, 0x1ef9],
    ]);
  });

  it('knows which characters the shipped font can draw', () => {
    expect(missingGlyphs('Tỷ lệ tập hợp hội viên ước đạt 96,4 % – Mường Khương')).toEqual([]);
    expect(missingGlyphs('Mốc ≥ 96 %')).toEqual(['≥']);
  });

  it('refuses a label with a character the font lacks, naming it', () => {
    const starred = { ...input, categories: ['2024 ★', '2025 (6T đầu)', '2025'] };
    expect(() => renderChartSvg(starred, 'b')).toThrow(MissingGlyphError);
    expect(() => renderChartSvg(starred, 'b')).toThrow(/"★" \(U\+2605\) trong nhãn: "2024 ★"/);
  });
});

describe('the chart key', () => {
  it('gives each series the colour and marker the chart draws it with, cycling after the last', () => {
    expect(seriesColour(0)).toBe(SERIES_COLOURS[0]);
    expect(seriesColour(SERIES_COLOURS.length)).toBe(SERIES_COLOURS[0]);
    expect(seriesMarker(1)).toBe(MARKERS[1]);
    expect(new Set([0, 1, 2, 3].map(seriesMarker)).size).toBe(4);
  });

  it('explains hollow markers only when some value is an estimate', () => {
    expect(hasEstimate(input)).toBe(true);
    expect(
      hasEstimate({
        datasets: input.datasets.map((d) => ({ ...d, estimate: d.estimate.map(() => false) })),
      }),
    ).toBe(false);
  });
});
