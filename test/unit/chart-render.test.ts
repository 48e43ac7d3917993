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
import { boxesOverlap } from '../../src/lib/charts/label-layout.ts';
import { drawChart, MissingGlyphError, renderChartSvg } from '../../src/lib/charts/render-svg.ts';
import { CHART_VARIANTS, type ChartVariant } from '../../src/lib/charts/variants.ts';

const MILESTONE_96 = { comparator: '>=', value: 96 } as const;
const input: ChartInput = {
  kind: 'rate',
  categories: ['2022', '2023', '2024', '2025 (6T đầu)', '2025', '2026'],
  categoryLines: [['2022'], ['2023'], ['2024'], ['2025', '6T đầu'], ['2025'], ['2026']],
  datasets: [
    {
      label: 'tỉnh Lào Cai (trước 01/07/2025)',
      values: [96.4, 96.9, 97.3, 97.4, null, null],
      estimate: [false, false, false, false, false, false],
    },
    {
      label: 'tỉnh Lào Cai',
      values: [null, null, null, null, 97.6, 97.9],
      estimate: [false, false, false, false, false, true],
    },
  ],
  milestones: [
    MILESTONE_96,
    MILESTONE_96,
    MILESTONE_96,
    MILESTONE_96,
    MILESTONE_96,
    { comparator: '>=', value: 98 },
  ],
  breakAfter: 3,
  breakLabel: 'Từ 01/07/2025: đơn vị mới',
  breakShortLabel: 'Từ 01/07/2025',
};

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Charts unlike the first: bars of counts, four units, a rate at 100 %, a long run of years. */
const others: Record<string, ChartInput> = {
  bars: {
    kind: 'count',
    categories: ['2023', '2024', '2025'],
    categoryLines: [['2023'], ['2024'], ['2025']],
    datasets: [{ label: 'tỉnh Lai Châu', values: [1, 3, 2], estimate: [false, false, true] }],
    milestones: [null, { comparator: '>=', value: 1 }, { comparator: '>=', value: 1 }],
    breakAfter: null,
    breakLabel: '',
    breakShortLabel: '',
  },
  fourUnits: {
    kind: 'count',
    categories: ['2022', '2023', '2024', '2025 (6T đầu)'],
    categoryLines: [['2022'], ['2023'], ['2024'], ['2025', '6T đầu']],
    datasets: [
      { label: 'A', values: [1, 2, 2, null], estimate: [false, false, false, false] },
      { label: 'B', values: [1, 1, 0, 1], estimate: [false, false, false, false] },
      { label: 'C', values: [null, null, 1, 0], estimate: [false, false, false, false] },
      { label: 'D', values: [0, 0, 0, 0], estimate: [false, false, false, true] },
    ],
    milestones: [MILESTONE_96, MILESTONE_96, MILESTONE_96, MILESTONE_96].map(() => ({
      comparator: '>=' as const,
      value: 1,
    })),
    breakAfter: null,
    breakLabel: '',
    breakShortLabel: '',
  },
  full: {
    kind: 'rate',
    categories: ['2022', '2023', '2024', '2025'],
    categoryLines: [['2022'], ['2023'], ['2024'], ['2025']],
    datasets: [
      { label: 'A', values: [100, 100, 99.2, null], estimate: [false, false, false, false] },
      { label: 'B', values: [null, null, null, 100], estimate: [false, false, false, false] },
    ],
    milestones: [1, 2, 3, 4].map(() => ({ comparator: '>=' as const, value: 100 })),
    breakAfter: 2,
    breakLabel: 'Từ 01/07/2025: đơn vị mới',
    breakShortLabel: 'Từ 01/07/2025',
  },
  decade: {
    kind: 'rate',
    categories: years(2018, 2030),
    categoryLines: years(2018, 2030).map((y) => [y]),
    datasets: [
      {
        label: 'A',
        values: years(2018, 2030).map((_, i) => 40 + i * 4.5),
        estimate: years(2018, 2030).map(() => false),
      },
    ],
    milestones: years(2018, 2030).map(() => ({ comparator: '>' as const, value: 75 })),
    breakAfter: null,
    breakLabel: '',
    breakShortLabel: '',
  },
};

const VARIANTS: ChartVariant[] = ['wide', 'narrow'];

describe('build-time chart SVG', () => {
  it('gives the same bytes for the same data, and different bytes for different data', () => {
    for (const variant of VARIANTS) {
      const first = renderChartSvg(input, variant, 'a');
      expect(renderChartSvg(input, variant, 'a')).toBe(first);
      const changed = {
        ...input,
        datasets: [{ ...input.datasets[0]!, values: [96.5, 96.9, 97.3, 97.4, null, null] }],
      };
      expect(renderChartSvg({ ...input, ...changed }, variant, 'a')).not.toBe(first);
    }
  });

  it('draws text as outlines, each glyph defined once and reused, with ids unique per chart', () => {
    const svg = renderChartSvg(input, 'wide', 'bieu-do-1');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<text/);
    const defined = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    const used = [...svg.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    // "9" appears in many labels ("96 %", "97,4 %", "2029"…) but is drawn from one definition.
    expect(used.length).toBeGreaterThan(defined.length * 2);
    expect(used.every((id) => defined.includes(id))).toBe(true);
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id!.startsWith('bieu-do-1-'))).toBe(true);
  });

  it('is drawn in the size of its layout, 290 px wide for a phone', () => {
    expect(renderChartSvg(input, 'narrow', 'a')).toMatch(/^<svg[^>]* viewBox="0 0 290 290"/);
    expect(renderChartSvg(input, 'wide', 'a')).toMatch(/^<svg[^>]* viewBox="0 0 720 400"/);
  });

  it('draws the milestone and the 01/07/2025 lines under the points, so no point hides under them', () => {
    const svg = renderChartSvg(input, 'narrow', 'a');
    const dashed = svg.indexOf('stroke-dasharray="8 5"');
    const firstMarker = svg.indexOf('fill="#0072B2"');
    expect(dashed).toBeGreaterThan(0);
    expect(firstMarker).toBeGreaterThan(dashed);
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
    const starred = { ...input, categories: ['2022 ★', ...input.categories.slice(1)] };
    expect(() => renderChartSvg(starred, 'wide', 'b')).toThrow(MissingGlyphError);
    expect(() => renderChartSvg(starred, 'wide', 'b')).toThrow(
      /"★" \(U\+2605\) trong nhãn: "2022 ★"/,
    );
  });
});

describe('the words of a drawn chart', () => {
  const charts = { reference: input, ...others };

  it.each(Object.entries(charts))(
    '%s: in both layouts no word overlaps another or leaves the picture, all at 14 px',
    (_, chart) => {
      for (const variant of VARIANTS) {
        const drawn = drawChart(chart, variant, 'x');
        const { width, height } = CHART_VARIANTS[variant];
        for (const text of drawn.texts) {
          expect(text.size, `${variant} "${text.text}"`).toBeGreaterThanOrEqual(14);
          expect(text.box.left, `${variant} "${text.text}"`).toBeGreaterThanOrEqual(0);
          expect(text.box.top, `${variant} "${text.text}"`).toBeGreaterThanOrEqual(0);
          expect(text.box.right, `${variant} "${text.text}"`).toBeLessThanOrEqual(width);
          expect(text.box.bottom, `${variant} "${text.text}"`).toBeLessThanOrEqual(height);
        }
        drawn.texts.forEach((a, i) =>
          drawn.texts.slice(i + 1).forEach((b) => {
            expect(boxesOverlap(a.box, b.box), `${variant}: "${a.text}" and "${b.text}"`).toBe(
              false,
            );
          }),
        );
      }
    },
  );

  const drawnWords = (chart: ChartInput, variant: ChartVariant) =>
    drawChart(chart, variant, 'x').texts.map((t) => t.text);
  /** The value axis' labels as numbers, read from the words drawn ("90 %" → 90). */
  const axisNumbers = (chart: ChartInput, variant: ChartVariant) =>
    drawnWords(chart, variant)
      .filter((t) => /^\d+(,\d+)?(\u00a0%)?$/.test(t))
      .map((t) => Number(t.replace(/\u00a0%/, '').replace(',', '.')));

  it('says in words on the chart where a rate axis starts when it is not zero, and spans ten points or more', () => {
    for (const variant of VARIANTS) {
      const words = drawnWords(input, variant).join(' ');
      expect(words).toMatch(/Trục dọc bắt đầu từ 90\u00a0%,? không từ 0/);
      const numbers = drawChart(input, variant, 'x')
        .texts.filter((t) => /^\d+\u00a0%$/.test(t.text))
        .map((t) => Number(t.text.replace('\u00a0%', '')));
      expect(Math.max(...numbers) - Math.min(...numbers)).toBeGreaterThanOrEqual(10);
    }
  });

  it('starts counts at zero and says nothing about the axis then', () => {
    for (const chart of [others.bars!, others.fourUnits!])
      for (const variant of VARIANTS) {
        expect(Math.min(...axisNumbers(chart, variant))).toBe(0);
        expect(drawnWords(chart, variant).join(' ')).not.toContain('Trục dọc');
      }
  });

  it('writes the latest value of each unit beside its point, an estimate said as such', () => {
    const wide = drawnWords(input, 'wide');
    expect(wide).toContain('97,4\u00a0%');
    expect(wide).toContain('97,9\u00a0% (ước)');
    expect(wide).toContain('Mốc: 96\u00a0% trở lên');
    expect(wide).toContain('Từ 01/07/2025: đơn vị mới');
    expect(drawnWords(input, 'narrow')).toContain('97,4\u00a0%');
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
