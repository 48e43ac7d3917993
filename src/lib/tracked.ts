import { sectionLabel } from './anchors.ts';

/**
 * Entries of content/chi-tieu/ are of two kinds: a target the document states (chỉ tiêu, with its
 * printed number) and an aim the editors derive from a task's sentence to track (việc theo dõi),
 * which the document neither numbers nor calls a target. Pages name each for what it is.
 */

export interface MeasuredItem {
  kind: 'target' | 'tracked';
  /** Printed section number (targets only). */
  number?: string;
}

/** The name of an aim the editors track, said wherever it appears. */
export const TRACKED_NAME = 'Việc theo dõi do ban biên tập đặt ra';

/**
 * What an entry is, as its page's eyebrow and every list says it: "Chỉ tiêu · mục II.2.8", or
 * "Việc theo dõi do ban biên tập đặt ra từ nhiệm vụ II.1" (the number of the task it comes from).
 */
export function measuredHeading(item: MeasuredItem, taskNumber: string | undefined): string {
  if (item.kind === 'tracked') return `${TRACKED_NAME} từ nhiệm vụ ${taskNumber ?? '(không rõ)'}`;
  return `Chỉ tiêu · ${sectionLabel(item.number ?? '')}`;
}

/** A short position for a summary card: "mục II.2.8", or "việc theo dõi từ nhiệm vụ II.1". */
export function measuredPosition(item: MeasuredItem, taskNumber: string | undefined): string {
  return item.kind === 'tracked'
    ? `Việc theo dõi (ban biên tập đặt ra) từ nhiệm vụ ${taskNumber ?? '(không rõ)'}`
    : sectionLabel(item.number ?? '');
}

/**
 * The heading of a progress overview, saying what it holds: targets, or only aims the editors
 * track (a plan that states no target), or both.
 */
export function overviewHeading(kinds: readonly MeasuredItem['kind'][]): string {
  const tracked = kinds.filter((kind) => kind === 'tracked').length;
  if (kinds.length > 0 && tracked === kinds.length)
    return 'Việc ban biên tập theo dõi (văn bản không đặt chỉ tiêu)';
  return tracked > 0
    ? 'Tiến độ các chỉ tiêu và việc ban biên tập theo dõi'
    : 'Tiến độ các chỉ tiêu';
}
