import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatNumber, formatPercent } from '../format/number.ts';

/**
 * One Chart.js configuration for both the SVG drawn at build time and the interactive chart in
 * the browser: the same input gives the same marks. Only plain data travels to the browser;
 * the functions (plugins, formatters) come from this module on both sides.
 */

export interface ChartMilestone {
  comparator: '>=' | '>';
  value: number;
}

export interface ChartInput {
  kind: 'rate' | 'count';
  /** Category labels on the x axis, oldest first. */
  categories: string[];
  /** One dataset per unit; null where the unit has no value for a category. */
  datasets: { label: string; values: (number | null)[]; estimate: boolean[] }[];
  /** The milestone in force for each category (null when none). */
  milestones: (ChartMilestone | null)[];
  /** Index of the last category before the 01/07/2025 reorganisation, when the chart spans it. */
  breakAfter: number | null;
  breakLabel: string;
  /** "full" for a target page, "small" for the overview. */
  size: 'full' | 'small';
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

export const CHART_SIZES = {
  full: { width: 720, height: 400 },
  small: { width: 320, height: 180 },
} as const;

export const formatChartValue = (kind: ChartInput['kind'], value: number) =>
  kind === 'rate' ? formatPercent(value) : formatNumber(value);

/** "Mốc: 96 % trở lên" / "Mốc: trên 75 %" (words, not ≥, which the chart font lacks). */
export const milestoneLabel = (kind: ChartInput['kind'], m: ChartMilestone) =>
  m.comparator === '>='
    ? `Mốc: ${formatChartValue(kind, m.value)} trở lên`
    : `Mốc: trên ${formatChartValue(kind, m.value)}`;

/** Runs of consecutive categories sharing one milestone. */
function milestoneRuns(
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

/** The milestone drawn as a dashed line across the full width of the categories it applies to. */
const milestonePlugin = (input: ChartInput, family: string): Plugin<'bar' | 'line'> => ({
  id: 'milestoneLine',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x!;
    const y = scales.y!;
    const n = input.categories.length;
    const slot = (chartArea.right - chartArea.left) / Math.max(1, n);
    ctx.save();
    for (const run of milestoneRuns(input.milestones)) {
      const left = run.first === 0 ? chartArea.left : x.getPixelForValue(run.first) - slot / 2;
      const right = run.last === n - 1 ? chartArea.right : x.getPixelForValue(run.last) + slot / 2;
      const py = y.getPixelForValue(run.milestone.value);
      ctx.strokeStyle = MILESTONE_COLOUR;
      ctx.lineWidth = 2;
      ctx.setLineDash([8, 5]);
      ctx.beginPath();
      ctx.moveTo(left, py);
      ctx.lineTo(right, py);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = TEXT_COLOUR;
      ctx.font = `${input.size === 'small' ? 11 : 13}px ${family}`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.fillText(milestoneLabel(input.kind, run.milestone), left + 4, py + 3);
    }
    ctx.restore();
  },
});

/** A vertical line where the units changed (01/07/2025), labelled. */
const breakPlugin = (input: ChartInput, family: string): Plugin<'bar' | 'line'> => ({
  id: 'unitBreak',
  afterDatasetsDraw(chart) {
    if (input.breakAfter === null) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales.x!;
    const px =
      (x.getPixelForValue(input.breakAfter) + x.getPixelForValue(input.breakAfter + 1)) / 2;
    ctx.save();
    ctx.strokeStyle = BREAK_COLOUR;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 3]);
    ctx.beginPath();
    ctx.moveTo(px, chartArea.top);
    ctx.lineTo(px, chartArea.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    if (input.size === 'small') {
      ctx.restore();
      return;
    }
    ctx.fillStyle = TEXT_COLOUR;
    ctx.font = `12px ${family}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(input.breakLabel, px + 4, chartArea.top + 2);
    ctx.restore();
  },
});

/** Every value written next to its mark, so no reader needs colour, hover or a legend to read it. */
const valueLabelsPlugin = (input: ChartInput, family: string): Plugin<'bar' | 'line'> => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    if (input.size === 'small') return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `bold 12px ${family}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    input.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      ctx.fillStyle = seriesColour(d);
      dataset.values.forEach((value, i) => {
        const element = meta.data[i];
        if (value === null || !element) return;
        const text = `${formatChartValue(input.kind, value)}${dataset.estimate[i] ? ' (ước)' : ''}`;
        ctx.fillText(text, element.x, element.y - 8);
      });
    });
    ctx.restore();
  },
});

function yRange(input: ChartInput): { min: number; max?: number } {
  if (input.kind === 'count') return { min: 0 };
  const values = [
    ...input.datasets.flatMap((d) => d.values),
    ...input.milestones.map((m) => m?.value ?? null),
  ].filter((v): v is number => v !== null);
  const low = values.length ? Math.min(...values) : 0;
  return { min: Math.max(0, Math.floor((low - 4) / 5) * 5), max: 100 };
}

/**
 * The chart: lines with markers (a rate's axis may start above zero, the range is shown; counts
 * start at zero), or bars from zero for a single series of counts. `interactive` adds tooltips in the browser; the build draws a
 * still picture with no events.
 */
export function buildChartConfig(
  input: ChartInput,
  interactive: boolean,
): ChartConfiguration<'bar' | 'line'> {
  const small = input.size === 'small';
  // Bars (from zero) only for a single series of counts; several units get lines with distinct
  // markers, so which value belongs to which unit never rests on colour alone.
  const type = input.kind === 'count' && input.datasets.length === 1 ? 'bar' : 'line';
  const range = yRange(input);
  const fontSize = small ? 11 : 13;
  // The build draws with the shipped font; the browser uses the page's system font.
  const family = interactive ? 'system-ui, sans-serif' : `"${CHART_FONT_FAMILY}"`;
  return {
    type,
    data: {
      labels: input.categories,
      datasets: input.datasets.map((dataset, d) => {
        const colour = seriesColour(d);
        return {
          label: dataset.label,
          data: dataset.values,
          borderColor: colour,
          backgroundColor:
            type === 'bar' ? colour : dataset.estimate.map((e) => (e ? '#FFFFFF' : colour)),
          borderWidth: 2,
          pointStyle: seriesMarker(d),
          pointRadius: small ? 3 : 6,
          pointHoverRadius: 8,
          pointBorderWidth: 2,
          pointBackgroundColor: dataset.estimate.map((e) => (e ? '#FFFFFF' : colour)),
          spanGaps: false,
          maxBarThickness: 48,
        };
      }),
    },
    options: {
      responsive: interactive,
      maintainAspectRatio: true,
      aspectRatio: CHART_SIZES[input.size].width / CHART_SIZES[input.size].height,
      animation: false,
      devicePixelRatio: interactive ? undefined : 1,
      events: interactive ? ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] : [],
      // A touch or pointer anywhere above a period shows every unit's value for it: easy on a phone.
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: small ? 8 : 24, right: 8 } },
      font: { family, size: fontSize },
      color: TEXT_COLOUR,
      scales: {
        x: {
          offset: true,
          ticks: { color: TEXT_COLOUR, font: { family, size: fontSize } },
          grid: { display: false },
        },
        y: {
          ...range,
          beginAtZero: input.kind === 'count',
          ticks: {
            color: TEXT_COLOUR,
            font: { family, size: fontSize },
            precision: input.kind === 'count' ? 0 : undefined,
            maxTicksLimit: small ? 4 : 8,
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
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${formatChartValue(input.kind, Number(item.raw))}${input.datasets[item.datasetIndex]?.estimate[item.dataIndex] ? ' (ước)' : ''}`,
            afterBody: (items) => {
              const m = input.milestones[items[0]?.dataIndex ?? -1];
              return m ? milestoneLabel(input.kind, m) : '';
            },
          },
        },
      },
    },
    plugins: [
      milestonePlugin(input, family),
      breakPlugin(input, family),
      valueLabelsPlugin(input, family),
    ],
  };
}
