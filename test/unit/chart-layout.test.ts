import { describe, expect, it } from 'vitest';
import { MIN_RATE_SPAN, valueAxis } from '../../src/lib/charts/axis.ts';
import { axisNoteLines, placesAround, type ChartInput } from '../../src/lib/charts/config.ts';
import {
  placeLabels,
  segmentCrosses,
  type Box,
  type Obstacles,
} from '../../src/lib/charts/label-layout.ts';
import { compactPath, SvgCanvasContext, type TextEngine } from '../../src/lib/charts/svg-canvas.ts';

describe('the value axis', () => {
  it('starts counts at zero, whatever the values', () => {
    expect(valueAxis('count', [40, 42, 45])).toMatchObject({ min: 0, note: null });
  });

  it('lets a rate axis start above zero to show small changes, at least ten points wide, and says so', () => {
    const axis = valueAxis('rate', [96.4, 97.4, 96]);
    expect(axis.min).toBe(90);
    expect(axis.max).toBe(100);
    expect(axis.note).toBe('Trục dọc bắt đầu từ 90\u00a0%, không từ 0');
    // A 0.8-point dip near 100 % on an axis of ten points, not of two.
    const high = valueAxis('rate', [99.2, 100, 100]);
    expect(high.max! - high.min).toBeGreaterThanOrEqual(MIN_RATE_SPAN);
    expect(high.note).toContain(`${high.min}`);
  });

  it('starts a rate axis at zero, and says nothing, when the values reach down low anyway', () => {
    expect(valueAxis('rate', [20, 60])).toEqual({ min: 0, max: 100, highest: 60, note: null });
    expect(valueAxis('rate', [33, 80]).min).toBe(0);
  });

  it('keeps the milestone on the axis and goes past 100 % only for a value above it', () => {
    expect(valueAxis('rate', [88, 95]).min).toBe(80);
    expect(valueAxis('rate', [96, 104]).max).toBe(105);
  });

  it('writes the note on two lines in the narrow layout, where one line would not fit', () => {
    const chart = {
      kind: 'rate',
      datasets: [{ label: 'A', values: [96, 97], estimate: [false, false] }],
      milestones: [null, null],
    } as unknown as ChartInput;
    expect(axisNoteLines(chart, 'wide')).toEqual(['Trục dọc bắt đầu từ 90\u00a0%, không từ 0']);
    expect(axisNoteLines(chart, 'narrow')).toEqual([
      'Trục dọc bắt đầu từ 90\u00a0%,',
      'không từ 0',
    ]);
  });
});

describe('placing a chart’s words', () => {
  const bounds: Box = { left: 0, top: 0, right: 200, bottom: 100 };
  const none: Obstacles = { boxes: [], segments: [] };
  const box = (left: number, top: number, width = 30, height = 14): Box => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
  });

  it('takes the first free place, and moves the next word away from the one placed', () => {
    const first = [box(10, 10)];
    const second = [box(20, 12), box(20, 40)];
    expect(placeLabels([first, second], none, bounds)).toEqual([0, 1]);
  });

  it('leaves a word out when every place touches something or leaves the plot', () => {
    const point: Box = box(50, 50, 10, 10);
    const onPoint = [box(45, 48), box(190, 10)];
    expect(placeLabels([onPoint], { boxes: [point], segments: [] }, bounds)).toEqual([null]);
  });

  it('keeps words off lines: a segment through a place rules it out', () => {
    const line = { x1: 0, y1: 20, x2: 200, y2: 20 };
    expect(segmentCrosses(line, box(10, 10))).toBe(true);
    expect(segmentCrosses(line, box(10, 30))).toBe(false);
    expect(segmentCrosses({ x1: 0, y1: 0, x2: 5, y2: 5 }, box(10, 10))).toBe(false);
    expect(
      placeLabels([[box(10, 10), box(10, 30)]], { boxes: [], segments: [line] }, bounds),
    ).toEqual([1]);
  });

  it('offers a point’s value above it first, then below, then beside it', () => {
    const [above, below] = placesAround(box(50, 50, 10, 10), 30, 14, 3);
    expect(above!.bottom).toBe(47);
    expect(below!.top).toBe(63);
    expect((above!.left + above!.right) / 2).toBe(55);
  });
});

describe('the SVG drawing surface', () => {
  /** Letters as 10 × 10 squares, 8 px apart: enough to check where text goes. */
  const squares: TextEngine = {
    measure: (text) => [...text].length * 8,
    outline: (cluster) => (cluster.trim() ? 'M0 0L10 0L10 -10L0 -10Z' : ''),
    emBox: (font) => ({ ascent: font.size * 0.8, descent: font.size * 0.2 }),
  };

  it('writes paths relative and rounded to tenths of a pixel, without drift', () => {
    expect(compactPath('M10.04 20.06L10.14 20.16L10.24 20.26Z')).toBe('m10 20.1l.1.1.1.1z');
    expect(compactPath('M0 0L1 1', 5, -5)).toBe('m5-5l1 1');
  });

  it('defines each glyph once, places it where the text goes, and keeps every text’s box', () => {
    const ctx = new SvgCanvasContext(100, 50, squares, 't-');
    ctx.font = 'bold 14px x';
    ctx.fillStyle = '#123456';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('aa', 50, 25);
    const svg = ctx.toSvg();
    expect(svg.match(/<path id=/g)).toHaveLength(1);
    expect(svg).toContain('<use href="#t-g0" x="42" y="29.2"/><use href="#t-g0" x="50" y="29.2"/>');
    expect(ctx.texts).toEqual([
      { text: 'aa', size: 14, bold: true, box: { left: 42, right: 58, top: 18, bottom: 32 } },
    ]);
  });

  it('draws a fill and its outline as one element, and forgets everything when cleared', () => {
    const ctx = new SvgCanvasContext(100, 50, squares, 't-');
    ctx.fillStyle = '#fff';
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    ctx.arc(10, 10, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    expect(ctx.toSvg().match(/<path /g)).toHaveLength(1);
    expect(ctx.toSvg()).toMatch(/a5 5 0 0 1/);
    ctx.clearRect(0, 0, 100, 50);
    expect(ctx.toSvg()).not.toMatch(/<path /);
  });
});
