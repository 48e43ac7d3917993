import { describe, expect, it } from 'vitest';
import type { ChartInput } from '../../src/lib/charts/config.ts';
import { missingGlyphs } from '../../src/lib/charts/font.ts';
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
