import { createHash } from 'node:crypto';
import type { ChartInput, ChartVariant } from './config.ts';

/**
 * A chart picture to draw at build time, and the name it is kept under between builds: a hash of
 * everything its bytes depend on (the input, the layout, the ids, and the drawing code itself
 * through `fingerprint`), so a changed figure redraws only its own charts and a changed drawing
 * rule redraws them all.
 */
export interface ChartJob {
  input: ChartInput;
  variant: ChartVariant;
  /** Prefix of the ids inside the SVG, unique on the page that shows it. */
  idPrefix: string;
}

/** Draws chart pictures for the build (the worker pool and its cache, src/integrations/charts.ts). */
export interface ChartService {
  draw(job: ChartJob): Promise<string>;
}

/** Where the build's chart service is found while pages are rendered (set by the charts integration). */
export const CHART_SERVICE = Symbol.for('ccb-bien-gioi.chart-service');

export const CHART_VARIANT_NAMES: readonly ChartVariant[] = ['wide', 'narrow'];

/** Id prefix of a measure's picture: its section's anchor and the layout ("tien-do-x-hep"). */
export const chartIdPrefix = (anchor: string, variant: ChartVariant) =>
  `${anchor}-${variant === 'wide' ? 'rong' : 'hep'}`;

/** Both pictures of one chart. */
export const chartJobs = (input: ChartInput, anchor: string): ChartJob[] =>
  CHART_VARIANT_NAMES.map((variant) => ({
    input,
    variant,
    idPrefix: chartIdPrefix(anchor, variant),
  }));

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The name a picture is cached under: SHA-256 of the job and the drawing code's fingerprint. */
export const chartCacheKey = (job: ChartJob, fingerprint: string) =>
  createHash('sha256').update(canonicalJson({ fingerprint, job })).digest('hex');
