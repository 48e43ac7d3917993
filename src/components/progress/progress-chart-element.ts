import type { ChartInput } from '../../lib/charts/config.ts';
import { WIDE_MEDIA, type ChartVariant } from '../../lib/charts/variants.ts';

/**
 * <progress-chart>: keeps the build-time SVG (shown in print and without JavaScript) and, once
 * the chart scrolls into view, loads Chart.js and draws the same chart interactively on screen,
 * in the layout the screen calls for (the pictures' media query, WIDE_MEDIA), in the page's font.
 * Nothing of Chart.js is requested before that. A screen that crosses the width where the layout
 * changes (a phone turned sideways) gets the chart drawn again in the other layout.
 */
class ProgressChartElement extends HTMLElement {
  #observer?: IntersectionObserver;
  #wide?: MediaQueryList;
  #redraw?: () => void;
  #chart?: { destroy(): void };
  #variant?: ChartVariant;

  connectedCallback() {
    if (!('IntersectionObserver' in window) || this.dataset.interactive) return;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      void this.#enhance();
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    if (this.#redraw) this.#wide?.removeEventListener('change', this.#redraw);
  }

  async #enhance() {
    const svg = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (!svg || !this.dataset.chart) return;
    const { drawInteractiveChart } = await import('../../lib/charts/interactive.ts');
    // The page wrote this attribute from the same ChartInput the build-time SVG was drawn from.
    const input = JSON.parse(this.dataset.chart) as ChartInput;
    const wide = matchMedia(WIDE_MEDIA);
    const draw = () => {
      const variant: ChartVariant = wide.matches ? 'wide' : 'narrow';
      if (variant === this.#variant) return;
      this.#variant = variant;
      this.#chart?.destroy();
      this.querySelector('.chart-canvas')?.remove();
      const holder = document.createElement('div');
      holder.className = 'chart-canvas';
      holder.dataset.layout = variant;
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', svg.getAttribute('aria-label') ?? '');
      const describedBy = svg.getAttribute('aria-describedby');
      if (describedBy) canvas.setAttribute('aria-describedby', describedBy);
      holder.append(canvas);
      svg.after(holder);
      this.#chart = drawInteractiveChart(canvas, input, variant, getComputedStyle(this).fontFamily);
    };
    draw();
    this.dataset.interactive = 'true';
    this.#wide = wide;
    this.#redraw = draw;
    wide.addEventListener('change', draw);
  }
}

if (!customElements.get('progress-chart'))
  customElements.define('progress-chart', ProgressChartElement);
