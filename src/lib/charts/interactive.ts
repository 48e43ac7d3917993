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
import { buildChartConfig, type ChartInput } from './config.ts';

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

export function drawInteractiveChart(canvas: HTMLCanvasElement, input: ChartInput): Chart {
  return new Chart(canvas, buildChartConfig(input, true));
}
