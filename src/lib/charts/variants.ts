/**
 * The two layouts of every chart: "wide" for wider screens (WIDE_MEDIA) and paper, and "narrow",
 * drawn for a phone's width, with category names on two lines and the same 14 px text,
 * so that even on a 320 px screen every word of it is at least 12 px tall. Kept apart from the
 * chart configuration because the page's own small script needs the rule too (without loading
 * the rest before the chart comes alive).
 */
export type ChartVariant = 'wide' | 'narrow';

export const CHART_VARIANTS = {
  wide: { width: 720, height: 400, fontSize: 14, pointRadius: 6, maxYTicks: 8 },
  narrow: { width: 290, height: 290, fontSize: 14, pointRadius: 5, maxYTicks: 6 },
} as const satisfies Record<ChartVariant, object>;

/** The smallest any text of a chart may be drawn on screen, in CSS pixels. */
export const MIN_TEXT_PX = 12;

/**
 * The screens that get the wide layout: from 44em (704 CSS px) on, where the chart's box is at
 * least 620 px wide even with the largest text size (A+): the 720 px picture's 14 px text is then
 * drawn at 12 px or more. The pictures' CSS (MeasureProgressChart.astro) and the interactive chart
 * use this same media query; paper always gets the wide layout.
 */
export const WIDE_MEDIA = '(min-width: 44em)';
