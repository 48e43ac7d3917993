import type { OutlineHeading } from './plan-body.ts';
import { printedNumber } from './section-order.ts';

/** "Mục lục" of a plan: its headings, with the tasks and targets under the heading they sit in. */

export interface OutlineItem {
  /** Canonical position, e.g. "II.2.4". */
  number: string;
  title: string;
  /** The number as the source prints it ("2.4"); absent where the source prints none. */
  shownNumber?: string;
}

/**
 * The plan's tasks and its targets with their own text, as outline entries. Targets whose text
 * lies inside a task (`textFrom`) are not listed apart: the task is.
 */
export function outlineItems(
  tasks: readonly { number: string; title: string; numberedInSource: boolean }[],
  targets: readonly { number: string; title: string; textFrom?: string }[],
): OutlineItem[] {
  return [
    ...tasks.map((task) => ({
      number: task.number,
      title: task.title,
      shownNumber: task.numberedInSource ? printedNumber(task.number) : undefined,
    })),
    ...targets
      .filter((target) => !target.textFrom)
      .map((target) => ({
        number: target.number,
        title: target.title,
        shownNumber: printedNumber(target.number),
      })),
  ];
}

export interface OutlineEntry {
  heading: OutlineHeading;
  /** Items directly under this heading (not under a deeper heading inside it). */
  children: OutlineItem[];
}

export function outlineTree(
  headings: readonly OutlineHeading[],
  items: readonly OutlineItem[],
): OutlineEntry[] {
  const isUnder = (item: OutlineItem, heading: OutlineHeading, index: number) =>
    item.number.startsWith(`${heading.number}.`) &&
    !headings
      .slice(index + 1)
      .some(
        (deeper) =>
          deeper.number.startsWith(`${heading.number}.`) &&
          item.number.startsWith(`${deeper.number}.`),
      );
  return headings.map((heading, index) => ({
    heading,
    children: items.filter((item) => isUnder(item, heading, index)),
  }));
}
