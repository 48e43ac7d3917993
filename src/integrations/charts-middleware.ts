import { defineMiddleware } from 'astro:middleware';
import { drawEveryChartAhead } from '../data/charts.ts';

/**
 * On the build's first page, hands every chart of the site to the drawing threads (see
 * drawEveryChartAhead), then renders the page as usual. Outside a build it does nothing.
 */
export const onRequest = defineMiddleware((_context, next) => {
  drawEveryChartAhead();
  return next();
});
