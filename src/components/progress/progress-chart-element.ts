import type { ChartInput } from '../../lib/charts/config.ts';

/**
 * <progress-chart>: keeps the build-time SVG (shown in print and without JavaScript) and, once
 * the chart scrolls into view, loads Chart.js and draws the same chart interactively on screen.
 * Nothing of Chart.js is requested before that.
 */
class ProgressChartElement extends HTMLElement {
  #observer?: IntersectionObserver;

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
  }

  async #enhance() {
    const svg = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (!svg || !this.dataset.chart) return;
    const { drawInteractiveChart } = await import('../../lib/charts/interactive.ts');
    const holder = document.createElement('div');
    holder.className = 'chart-canvas';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', svg.getAttribute('aria-label') ?? '');
    const describedBy = svg.getAttribute('aria-describedby');
    if (describedBy) canvas.setAttribute('aria-describedby', describedBy);
    holder.append(canvas);
    svg.after(holder);
    // The page wrote this attribute from the same ChartInput the build-time SVG was drawn from.
    drawInteractiveChart(canvas, JSON.parse(this.dataset.chart) as ChartInput);
    this.dataset.interactive = 'true';
  }
}

if (!customElements.get('progress-chart'))
  customElements.define('progress-chart', ProgressChartElement);
