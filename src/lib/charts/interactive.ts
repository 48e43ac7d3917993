import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { buildChartConfig, type ChartInput, type ChartVariant } from './config.ts';

/** The browser side: only the Chart.js parts the charts use, so the bundle stays small. */
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** The chart in the given layout, its text in the page's own font (`family`, CSS font-family). */
export function drawInteractiveChart(
  canvas: HTMLCanvasElement,
  input: ChartInput,
  variant: ChartVariant,
  family: string,
): Chart {
  return new Chart(canvas, buildChartConfig(input, { variant, interactive: true, family }));
}
