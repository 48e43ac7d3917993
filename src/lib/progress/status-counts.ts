import { SHOWN_LABELS, shownStatus, type ShownStatus, type Status } from './status.ts';

export interface StatusCount {
  status: ShownStatus;
  count: number;
}

/**
 * How many summary cards show each status, in the order the method lists statuses (met first,
 * "sample" last), leaving out statuses no card has: the home page's one-line progress summary.
 * A card resting on sample figures counts as "sample", never as the verdict it would give.
 */
export function countByStatus(
  cards: readonly { status: Status; sample: boolean }[],
): StatusCount[] {
  const shown = cards.map(shownStatus);
  return (Object.keys(SHOWN_LABELS) as ShownStatus[])
    .map((status) => ({ status, count: shown.filter((s) => s === status).length }))
    .filter(({ count }) => count > 0);
}
