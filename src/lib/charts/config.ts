import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { formatNumber, formatPercent } from '../format/number.ts';
import { valueAxis } from './axis.ts';
import { placeLabels, type Box, type Segment } from './label-layout.ts';
import { CHART_VARIANTS, type ChartVariant } from './variants.ts';

export { CHART_VARIANTS, type ChartVariant } from './variants.ts';

/**
 * One Chart.js configuration for both the SVG drawn at build time and the interactive chart in
 * the browser: the same input gives the same marks. Only plain data travels to the browser;
 * the functions (plugins, formatters) come from this module on both sides.
 * Each chart has two layouts (variants.ts), wide and narrow.
 */

export interface ChartMilestone {
  comparator: '>=' | '>';
  value: number;
}

export interface ChartInput {
  kind: 'rate' | 'count';
  /** Category labels on the x axis, oldest first ("2025 (6T đầu)"). */
  categories: string[];
  /** The same labels in lines, for the narrow layout (["2025", "6T đầu"]). */
  categoryLines: string[][];
  /** One dataset per unit; null where the unit has no value for a category. */
  datasets: { label: string; values: (number | null)[]; estimate: boolean[] }[];
  /** The milestone in force for each category (null when none). */
  milestones: (ChartMilestone | null)[];
  /** Index of the last category before the 01/07/2025 reorganisation, when the chart spans it. */
  breakAfter: number | null;
  /** Said beside the line of the reorganisation: "Từ 01/07/2025: đơn vị mới" … */
  breakLabel: string;
  /** … and in the narrow layout: "Từ 01/07/2025". */
  breakShortLabel: string;
}

/** Marks with at least 3:1 contrast on white, and a distinct marker each. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#4D4D4D', '#B35900'] as const;
export const MARKERS = ['circle', 'triangle', 'rect', 'rectRot'] as const;
/** The same markers as text, for the HTML key. */
export const MARKER_SYMBOLS = ['●', '▲', '■', '◆'] as const;
export const MILESTONE_COLOUR = '#1A1A1A';

/** Colour and marker of the n-th series, so the chart and its text key always agree. */
export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
export const seriesMarker = (index: number) => MARKERS[index % MARKERS.length]!;

/** Whether any plotted value is an estimate (the key then explains the hollow markers). */
export const hasEstimate = (input: Pick<ChartInput, 'datasets'>) =>
  input.datasets.some((dataset) => dataset.estimate.some(Boolean));
const BREAK_COLOUR = '#4D4D4D';
const TEXT_COLOUR = '#1A1A1A';

export const CHART_FONT_FAMILY = 'Noto Sans Chart';

export const formatChartValue = (kind: ChartInput['kind'], value: number) =>
  kind === 'rate' ? formatPercent(value) : formatNumber(value);

/** "Mốc: 96 % trở lên" / "Mốc: trên 75 %" (words, not ≥, which the chart font lacks). */
export const milestoneLabel = (kind: ChartInput['kind'], m: ChartMilestone) =>
  m.comparator === '>='
    ? `Mốc: ${formatChartValue(kind, m.value)} trở lên`
    : `Mốc: trên ${formatChartValue(kind, m.value)}`;

/** A value as written beside its point: "97,9 % (ước)" for an estimate. */
export const valueLabel = (kind: ChartInput['kind'], value: number, estimate: boolean) =>
  `${formatChartValue(kind, value)}${estimate ? ' (ước)' : ''}`;

/** Runs of consecutive categories sharing one milestone. */
export function milestoneRuns(
  milestones: ChartInput['milestones'],
): { first: number; last: number; milestone: ChartMilestone }[] {
  const runs: { first: number; last: number; milestone: ChartMilestone }[] = [];
  milestones.forEach((m, i) => {
    const run = runs.at(-1);
    if (
      m &&
      run &&
      run.last === i - 1 &&
      run.milestone.value === m.value &&
      run.milestone.comparator === m.comparator
    )
      run.last = i;
    else if (m) runs.push({ first: i, last: i, milestone: m });
  });
  return runs;
}

/** The axis of the chart's values (milestones included, so the milestone line is always shown). */
export function chartAxis(input: Pick<ChartInput, 'kind' | 'datasets' | 'milestones'>) {
  const values = [
    ...input.datasets.flatMap((d) => d.values),
    ...input.milestones.map((m) => m?.value ?? null),
  ].filter((v): v is number => v !== null);
  return valueAxis(input.kind, values);
}

/** The rate axis note, in one line on the wide layout, two on the narrow one. */
export function axisNoteLines(input: ChartInput, variant: ChartVariant): string[] {
  const { note } = chartAxis(input);
  if (!note) return [];
  if (variant === 'wide') return [note];
  const comma = note.indexOf(', ');
  return comma < 0 ? [note] : [note.slice(0, comma + 1), note.slice(comma + 2)];
}

interface Geometry {
  chartArea: Box;
  /** Pixel of a category's centre and of a value. */
  x: (index: number) => number;
  y: (value: number) => number;
  slot: number;
}

function geometry(chart: Chart): Geometry {
  const { chartArea, scales } = chart;
  const x = scales.x!;
  const y = scales.y!;
  const n = chart.data.labels?.length ?? 0;
  return {
    chartArea,
    x: (index) => x.getPixelForValue(index),
    y: (value) => y.getPixelForValue(value),
    slot: (chartArea.right - chartArea.left) / Math.max(1, n),
  };
}

/** The milestone's dashed lines, each across the full width of the categories it applies to. */
function milestoneLines(input: ChartInput, g: Geometry) {
  const n = input.categories.length;
  return milestoneRuns(input.milestones).map((run) => ({
    run,
    left: run.first === 0 ? g.chartArea.left : g.x(run.first) - g.slot / 2,
    right: run.last === n - 1 ? g.chartArea.right : g.x(run.last) + g.slot / 2,
    y: g.y(run.milestone.value),
  }));
}

const breakX = (input: ChartInput, g: Geometry) =>
  input.breakAfter === null ? null : (g.x(input.breakAfter) + g.x(input.breakAfter + 1)) / 2;

/**
 * The milestone and the reorganisation drawn under the data, so no point hides under a line:
 * dashed horizontal lines for the milestone, a dotted vertical line on 01/07/2025.
 */
const guidesPlugin = (input: ChartInput): Plugin<'bar' | 'line'> => ({
  id: 'guides',
  beforeDatasetsDraw(chart) {
    const { ctx } = chart;
    const g = geometry(chart);
    ctx.save();
    ctx.strokeStyle = MILESTONE_COLOUR;
    ctx.lineWidth = 2;
    ctx.setLineDash([8, 5]);
    for (const line of milestoneLines(input, g)) {
      ctx.beginPath();
      ctx.moveTo(line.left, line.y);
      ctx.lineTo(line.right, line.y);
      ctx.stroke();
    }
    const px = breakX(input, g);
    if (px !== null) {
      ctx.strokeStyle = BREAK_COLOUR;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([2, 3]);
      ctx.beginPath();
      ctx.moveTo(px, g.chartArea.top);
      ctx.lineTo(px, g.chartArea.bottom);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.restore();
  },
});

interface LabelRequest {
  text: string;
  bold: boolean;
  colour: string;
  candidates: Box[];
}

/**
 * Places for a text of the given size around an anchor box (a point or a bar's top), best first:
 * above, below, then above and below shifted to either side, then right and left.
 */
export function placesAround(anchor: Box, width: number, height: number, gap: number): Box[] {
  const cx = (anchor.left + anchor.right) / 2;
  const cy = (anchor.top + anchor.bottom) / 2;
  const above = { top: anchor.top - gap - height, bottom: anchor.top - gap };
  const below = { top: anchor.bottom + gap, bottom: anchor.bottom + gap + height };
  const centred = { left: cx - width / 2, right: cx + width / 2 };
  const toLeft = { left: anchor.right - width, right: anchor.right };
  const toRight = { left: anchor.left, right: anchor.left + width };
  const middle = { top: cy - height / 2, bottom: cy + height / 2 };
  return [
    { ...centred, ...above },
    { ...centred, ...below },
    { ...toLeft, ...above },
    { ...toRight, ...above },
    { ...toLeft, ...below },
    { ...toRight, ...below },
    { left: anchor.right + gap, right: anchor.right + gap + width, ...middle },
    { left: anchor.left - gap - width, right: anchor.left - gap, ...middle },
  ];
}

/**
 * The chart's words: each value beside its point (or on its bar), the milestone's name beside
 * its line, the date the units changed beside its line. Placed by label-layout.ts, so none
 * touches a point, a line or another word; what finds no free place is left out.
 */
const labelsPlugin = (
  input: ChartInput,
  variant: ChartVariant,
  family: string,
): Plugin<'bar' | 'line'> => ({
  id: 'labels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const g = geometry(chart);
    const size = CHART_VARIANTS[variant].fontSize;
    const font = (bold: boolean) => `${bold ? 'bold ' : ''}${size}px ${family}`;
    const measure = (text: string, bold: boolean) => {
      ctx.font = font(bold);
      return ctx.measureText(text).width;
    };
    const boxes: Box[] = [];
    const segments: Segment[] = [];
    // Points and bars, and the data lines between consecutive points.
    input.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      let previous: { x: number; y: number } | null = null;
      dataset.values.forEach((value, i) => {
        const element = meta.data[i] as unknown as
          { x: number; y: number; base?: number; width?: number } | undefined;
        if (value === null || !element) {
          previous = null;
          return;
        }
        if (meta.type === 'bar') {
          const half = (element.width ?? 0) / 2;
          boxes.push({
            left: element.x - half,
            right: element.x + half,
            top: Math.min(element.y, element.base ?? element.y),
            bottom: Math.max(element.y, element.base ?? element.y),
          });
        } else {
          const r = CHART_VARIANTS[variant].pointRadius + 1;
          boxes.push({
            left: element.x - r,
            right: element.x + r,
            top: element.y - r,
            bottom: element.y + r,
          });
          if (previous)
            segments.push({ x1: previous.x, y1: previous.y, x2: element.x, y2: element.y });
          previous = { x: element.x, y: element.y };
        }
      });
    });
    const lines = milestoneLines(input, g);
    for (const line of lines)
      segments.push({ x1: line.left, y1: line.y, x2: line.right, y2: line.y });
    const px = breakX(input, g);
    if (px !== null) segments.push({ x1: px, y1: g.chartArea.top, x2: px, y2: g.chartArea.bottom });

    const height = size;
    const valueRequest = (d: number, i: number): LabelRequest | null => {
      const value = input.datasets[d]!.values[i];
      const element = chart.getDatasetMeta(d).data[i] as unknown as
        { x: number; y: number } | undefined;
      if (value === null || value === undefined || !element) return null;
      const text = valueLabel(input.kind, value, input.datasets[d]!.estimate[i] ?? false);
      const width = measure(text, true);
      const r =
        chart.getDatasetMeta(d).type === 'bar' ? 0 : CHART_VARIANTS[variant].pointRadius + 1;
      const anchor = {
        left: element.x - r,
        right: element.x + r,
        top: element.y - r,
        bottom: element.y + r,
      };
      const places = placesAround(anchor, width, height, 3);
      return {
        text,
        bold: true,
        colour: seriesColour(d),
        // A bar's value goes on top of it only.
        candidates: chart.getDatasetMeta(d).type === 'bar' ? places.slice(0, 1) : places,
      };
    };
    const latest: LabelRequest[] = [];
    const others: LabelRequest[] = [];
    input.datasets.forEach((dataset, d) => {
      const last = dataset.values.findLastIndex((v) => v !== null);
      for (let i = dataset.values.length - 1; i >= 0; i--) {
        const request = valueRequest(d, i);
        if (request) (i === last ? latest : others).push(request);
      }
    });
    const milestoneRequests = lines.map((line): LabelRequest => {
      const text = milestoneLabel(input.kind, line.run.milestone);
      const width = measure(text, false);
      const left = line.left + 4;
      const right = line.right - 4;
      return {
        text,
        bold: false,
        colour: TEXT_COLOUR,
        candidates: [
          { left, right: left + width, bottom: line.y - 4, top: line.y - 4 - height },
          { left, right: left + width, top: line.y + 4, bottom: line.y + 4 + height },
          { left: right - width, right, bottom: line.y - 4, top: line.y - 4 - height },
          { left: right - width, right, top: line.y + 4, bottom: line.y + 4 + height },
        ],
      };
    });
    const breakRequests: LabelRequest[] = [];
    if (px !== null) {
      const text = variant === 'wide' ? input.breakLabel : input.breakShortLabel;
      const width = measure(text, false);
      const { top, bottom } = g.chartArea;
      breakRequests.push({
        text,
        bold: false,
        colour: TEXT_COLOUR,
        candidates: [
          { left: px + 4, right: px + 4 + width, top: top + 2, bottom: top + 2 + height },
          { left: px - 4 - width, right: px - 4, top: top + 2, bottom: top + 2 + height },
          { left: px + 4, right: px + 4 + width, bottom: bottom - 2, top: bottom - 2 - height },
          { left: px - 4 - width, right: px - 4, bottom: bottom - 2, top: bottom - 2 - height },
        ],
      });
    }
    const requests = [...latest, ...milestoneRequests, ...breakRequests, ...others];
    // Words stay right of the value axis and above the category axis, clear of their labels,
    // and below the axis note; they may use the margin above the plot.
    const noteLines = axisNoteLines(input, variant).length;
    const bounds = {
      left: g.chartArea.left,
      right: chart.width - 2,
      top: noteLines ? 4 + noteLines * Math.round(size * 1.3) + 2 : 2,
      bottom: g.chartArea.bottom,
    };
    const placed = placeLabels(
      requests.map((r) => r.candidates),
      { boxes, segments },
      bounds,
    );
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    requests.forEach((request, i) => {
      const at = placed[i];
      if (at === null || at === undefined) return;
      const box = request.candidates[at]!;
      ctx.font = font(request.bold);
      ctx.fillStyle = request.colour;
      ctx.fillText(request.text, (box.left + box.right) / 2, (box.top + box.bottom) / 2);
    });
    ctx.restore();
  },
});

/** A rate axis that does not start at zero says so, in words, above the plot. */
const axisNotePlugin = (
  input: ChartInput,
  variant: ChartVariant,
  family: string,
): Plugin<'bar' | 'line'> => ({
  id: 'axisNote',
  afterDraw(chart) {
    const lines = axisNoteLines(input, variant);
    if (!lines.length) return;
    const { ctx } = chart;
    const size = CHART_VARIANTS[variant].fontSize;
    ctx.save();
    ctx.font = `${size}px ${family}`;
    ctx.fillStyle = TEXT_COLOUR;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    lines.forEach((line, i) => ctx.fillText(line, 4, 4 + i * Math.round(size * 1.3)));
    ctx.restore();
  },
});

export interface ChartOptions {
  variant: ChartVariant;
  /** Tooltips and resizing in the browser; the build draws a still picture with no events. */
  interactive: boolean;
  /** CSS font family: the shipped chart font at build time, the page's own font in the browser. */
  family: string;
}

/**
 * The chart: lines with markers (a rate's axis may start above zero, and then says so; counts
 * start at zero), or bars from zero for a single series of counts.
 */
export function buildChartConfig(
  input: ChartInput,
  { variant, interactive, family }: ChartOptions,
): ChartConfiguration<'bar' | 'line'> {
  const layout = CHART_VARIANTS[variant];
  // Bars (from zero) only for a single series of counts; several units get lines with distinct
  // markers, so which value belongs to which unit never rests on colour alone.
  const type = input.kind === 'count' && input.datasets.length === 1 ? 'bar' : 'line';
  const axis = chartAxis(input);
  const noteLines = axisNoteLines(input, variant).length;
  const lineHeight = Math.round(layout.fontSize * 1.3);
  const font = { family, size: layout.fontSize };
  return {
    type,
    data: {
      labels: variant === 'narrow' ? input.categoryLines : input.categories,
      datasets: input.datasets.map((dataset, d) => {
        const colour = seriesColour(d);
        return {
          label: dataset.label,
          data: dataset.values,
          borderColor: colour,
          backgroundColor:
            type === 'bar' ? colour : dataset.estimate.map((e) => (e ? '#FFFFFF' : colour)),
          borderWidth: type === 'bar' ? 0 : 2,
          pointStyle: seriesMarker(d),
          pointRadius: layout.pointRadius,
          pointHoverRadius: layout.pointRadius + 2,
          pointBorderWidth: 2,
          pointBackgroundColor: dataset.estimate.map((e) => (e ? '#FFFFFF' : colour)),
          spanGaps: false,
          // Points on the top or bottom line of the plot are drawn whole.
          clip: false,
          maxBarThickness: 48,
        };
      }),
    },
    options: {
      responsive: interactive,
      maintainAspectRatio: true,
      aspectRatio: layout.width / layout.height,
      animation: false,
      devicePixelRatio: interactive ? undefined : 1,
      events: interactive ? ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] : [],
      // A touch or pointer anywhere above a period shows every unit's value for it: easy on a phone.
      interaction: { mode: 'index', intersect: false },
      layout: {
        padding: {
          top: noteLines * lineHeight + layout.pointRadius + 8,
          right: 8,
          left: 4,
        },
      },
      font,
      color: TEXT_COLOUR,
      scales: {
        x: {
          offset: true,
          ticks: {
            color: TEXT_COLOUR,
            font,
            // Category names never turn sideways; one that does not fit is skipped, never squeezed.
            maxRotation: 0,
            autoSkip: true,
            autoSkipPadding: 6,
          },
          grid: { display: false },
        },
        y: {
          min: axis.min,
          max: axis.max,
          suggestedMax: axis.max === undefined ? axis.highest : undefined,
          beginAtZero: axis.min === 0,
          // Room above the highest bar or point for its value.
          grace: axis.max === undefined ? '12%' : 0,
          ticks: {
            color: TEXT_COLOUR,
            font,
            precision: input.kind === 'count' ? 0 : undefined,
            maxTicksLimit: layout.maxYTicks,
            callback: (value) => formatChartValue(input.kind, Number(value)),
          },
          grid: { color: '#D9D9D9' },
        },
      },
      plugins: {
        // The key is HTML beside the chart (real text, same on screen and paper).
        legend: { display: false },
        tooltip: {
          enabled: interactive,
          titleFont: { family, size: 15 },
          bodyFont: { family, size: 15 },
          footerFont: { family, size: 15 },
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${valueLabel(input.kind, Number(item.raw), input.datasets[item.datasetIndex]?.estimate[item.dataIndex] ?? false)}`,
            afterBody: (items) => {
              const m = input.milestones[items[0]?.dataIndex ?? -1];
              return m ? milestoneLabel(input.kind, m) : '';
            },
          },
        },
      },
    },
    plugins: [
      guidesPlugin(input),
      labelsPlugin(input, variant, family),
      axisNotePlugin(input, variant, family),
    ],
  };
}
