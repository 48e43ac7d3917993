import { STATUS_LABELS, type Status } from './status.ts';

export interface StatusCount {
  status: Status;
  count: number;
}

/**
 * How many summary cards have each status, in the order the method lists statuses (met first),
 * leaving out statuses no card has: the home page's one-line progress summary.
 */
export function countByStatus(cards: readonly { status: Status }[]): StatusCount[] {
  return (Object.keys(STATUS_LABELS) as Status[])
    .map((status) => ({ status, count: cards.filter((card) => card.status === status).length }))
    .filter(({ count }) => count > 0);
}
