import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import {
  buildChartConfig,
  CHART_FONT_FAMILY,
  CHART_VARIANTS,
  type ChartInput,
  type ChartVariant,
} from './config.ts';
import { missingGlyphs } from './font.ts';
import { chartFont } from './font-outlines.ts';
import { SvgCanvasContext, type DrawnText, type TextEngine } from './svg-canvas.ts';

/**
 * Draws a chart at build time as SVG with its text turned into outlines of the shipped font:
 * the same on every machine, sharp on paper and projectors, readable with no JavaScript.
 */

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
);

export class MissingGlyphError extends Error {}

export interface DrawnChart {
  svg: string;
  width: number;
  height: number;
  /** Every text drawn, with its box: to check that none overlaps another or leaves the picture. */
  texts: DrawnText[];
}

/** The chart drawn; `idPrefix` keeps ids unique when several SVGs share a page. */
export function drawChart(
  input: ChartInput,
  variant: ChartVariant,
  idPrefix: string,
  engine: TextEngine = chartFont,
): DrawnChart {
  const { width, height } = CHART_VARIANTS[variant];
  const ctx = new SvgCanvasContext(width, height, engine, `${idPrefix}-`);
  const chart = new Chart(
    ctx as unknown as CanvasRenderingContext2D,
    buildChartConfig(input, { variant, interactive: false, family: `"${CHART_FONT_FAMILY}"` }),
  );
  // Taken before destroy(), which clears the picture.
  const svg = ctx.toSvg();
  const texts = [...ctx.texts];
  chart.destroy();
  const drawn = texts.map((text) => text.text);
  const missing = missingGlyphs(drawn.join(''));
  if (missing.length) {
    const labels = drawn.filter((text) => missingGlyphs(text).length);
    throw new MissingGlyphError(
      `Biểu đồ có ký tự mà phông chữ biểu đồ (Noto Sans) không có: ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')} trong nhãn: ${labels.map((l) => `"${l}"`).join(', ')}. Hãy thay ký tự đó bằng chữ.`,
    );
  }
  return { svg, width, height, texts };
}

/** SVG markup of the chart. */
export function renderChartSvg(input: ChartInput, variant: ChartVariant, idPrefix: string): string {
  return drawChart(input, variant, idPrefix).svg;
}
