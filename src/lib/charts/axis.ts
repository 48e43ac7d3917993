import { formatPercent } from '../format/number.ts';

/**
 * Where a chart's value axis starts and ends. Counts always start at zero (a bar or a line of
 * counts read from anywhere else misleads). A rate may start higher, so that a rise from 96 % to
 * 98 % can be seen at all, but then the axis spans at least ten points (a dip of less than one
 * point must not look like a collapse) and the chart says in words where it starts.
 */
export interface ValueAxis {
  min: number;
  /** Top of the axis; undefined lets the chart round up above the highest value. */
  max: number | undefined;
  /** The highest value the axis must show (a milestone above every value included). */
  highest: number;
  /** Said on the chart when the axis does not start at zero. */
  note: string | null;
}

/** The least a rate axis that does not start at zero spans, in percentage points. */
export const MIN_RATE_SPAN = 10;
/** A rate axis that would start at or below this starts at zero instead: the gain is too small. */
export const RATE_ZERO_BELOW = 30;
/** Room left under the lowest value, in points, before rounding down to a multiple of 5. */
const ROOM_BELOW = 4;

export const axisNote = (min: number) => `Trục dọc bắt đầu từ ${formatPercent(min)}, không từ 0`;

/** The axis for the given values (milestones included), of a rate (percent) or a count. */
export function valueAxis(kind: 'rate' | 'count', values: readonly number[]): ValueAxis {
  const highest = values.length ? Math.max(...values) : 0;
  if (kind === 'count') return { min: 0, max: undefined, highest, note: null };
  const top = highest > 100 ? Math.ceil(highest / 5) * 5 : 100;
  const lowest = values.length ? Math.min(...values) : 0;
  const rounded = Math.floor((lowest - ROOM_BELOW) / 5) * 5;
  const min = Math.min(rounded, top - MIN_RATE_SPAN);
  if (min <= RATE_ZERO_BELOW) return { min: 0, max: top, highest, note: null };
  return { min, max: top, highest, note: axisNote(min) };
}
