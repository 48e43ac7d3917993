import { formatNumber } from './format/number.ts';

/**
 * How every list of the site is cut into pages (issue 16): at most PAGE_SIZE records a page, the
 * first page at the list's own address ("/mo-hinh/"), the others at "/mo-hinh/trang-2/",
 * "/mo-hinh/trang-3/"…, each reached by plain numbered links. Pages decide nothing else: they ask
 * here which records a page holds, what it is called and where its neighbours are.
 */

/** At most this many records on one page of a list. */
export const PAGE_SIZE = 50;

/**
 * Plans a page of the progress list (/tien-do/) holds: each is a section of cards, small charts
 * and published figures (about 40 KB of HTML with both chart layouts), so fifty would far outgrow a page's budget.
 */
export const PLANS_PER_PROGRESS_PAGE = 4;

/** The address segment of page 2 onwards: "trang-2". Content ids of this shape are refused. */
export const PAGE_SEGMENT = /^trang-([1-9]\d*)$/;

/** One page of a list. */
export interface ListPage<T> {
  /** Page number, from 1. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  count: number;
  /** The records on this page, in the list's order. */
  items: T[];
  /** Position of this page's first and last record in the whole list, from 1 (0 and 0 when empty). */
  first: number;
  last: number;
  /** Records in the whole list. */
  total: number;
  /** The record just before this page's first one: tells whether a section goes on from the page before. */
  before: T | undefined;
}

/** How many pages a list of `total` records takes: never fewer than one, so an empty list has its page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Every page of a list, in order. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => {
    const start = index * size;
    const pageItems = items.slice(start, start + size);
    return {
      number: index + 1,
      count,
      items: pageItems,
      first: pageItems.length ? start + 1 : 0,
      last: start + pageItems.length,
      total: items.length,
      before: start > 0 ? items[start - 1] : undefined,
    };
  });
}

/** The route parameter of a page ([...page].astro): none for page 1, "trang-2" from page 2 on. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `trang-${number}`;
}

/** The address of page `number` of the list whose first page is `firstPage` ("/mo-hinh/"). */
export function pagePath(firstPage: string, number: number): string {
  return number === 1 ? firstPage : `${firstPage.replace(/\/?$/, '/')}trang-${number}/`;
}

/** Every page's address, first page first. */
export function pageAddresses(firstPage: string, total: number, size = PAGE_SIZE): string[] {
  return Array.from({ length: pageCount(total, size) }, (_, index) =>
    pagePath(firstPage, index + 1),
  );
}

/** The title of a page: the list's own on page 1, "… – trang 2" after it. */
export function pagedTitle(title: string, number: number): string {
  return number === 1 ? title : `${title} – trang ${number}`;
}

/** "Mô hình thứ 51–100 trong 2.000" for the line above a page's records; undefined on a one-page list. */
export function pageRange(page: ListPage<unknown>, noun: string): string | undefined {
  if (page.count === 1) return undefined;
  return `Trang ${page.number}/${page.count}: ${noun} thứ ${formatNumber(page.first)}–${formatNumber(page.last)} trong ${formatNumber(page.total)}.`;
}

/** A numbered link of the page navigation, or a gap ("…") standing for the pages left out. */
export type PageLink = { number: number; href: string; current: boolean } | { gap: true };

export interface PageNavigation {
  previous?: { number: number; href: string };
  next?: { number: number; href: string };
  links: PageLink[];
}

/**
 * The links under a page: previous, next, and page numbers. All numbers while there are at most
 * `all` pages; beyond that the first, the last and `around` on each side of the current one, the
 * rest shown as gaps, so a list of 200 pages still has a short row of links. Every page is reached
 * from page 1 by following them (each page links to the next).
 */
export function pageNavigation(
  firstPage: string,
  current: number,
  count: number,
  { all = 9, around = 2 }: { all?: number; around?: number } = {},
): PageNavigation {
  const shown =
    count <= all
      ? Array.from({ length: count }, (_, index) => index + 1)
      : [
          ...new Set([
            1,
            ...Array.from({ length: 2 * around + 1 }, (_, index) => current - around + index),
            count,
          ]),
        ]
          .filter((number) => number >= 1 && number <= count)
          .sort((a, b) => a - b);
  const links: PageLink[] = [];
  shown.forEach((number, index) => {
    const previous = shown[index - 1];
    // A gap of one page shows that page: "…" would hide no fewer links than it takes.
    if (previous !== undefined && number - previous === 2)
      links.push({ number: previous + 1, href: pagePath(firstPage, previous + 1), current: false });
    else if (previous !== undefined && number - previous > 2) links.push({ gap: true });
    links.push({ number, href: pagePath(firstPage, number), current: number === current });
  });
  return {
    previous:
      current > 1 ? { number: current - 1, href: pagePath(firstPage, current - 1) } : undefined,
    next:
      current < count ? { number: current + 1, href: pagePath(firstPage, current + 1) } : undefined,
    links,
  };
}

/** Records of one page that belong together under a heading (a plan, a part of a plan). */
export interface PageSection<T> {
  key: string;
  items: T[];
  /** The section began on an earlier page: its heading says it goes on ("(tiếp)"). */
  continued: boolean;
}

/**
 * A page's records cut into runs that share a section (`sectionOf` names it). Lists are ordered
 * section by section, so a section is split only where a page ends; the first run is `continued`
 * when the record before the page (`before`) is in the same section.
 */
export function pageSections<T>(
  items: readonly T[],
  before: T | undefined,
  sectionOf: (item: T) => string,
): PageSection<T>[] {
  const sections: PageSection<T>[] = [];
  for (const item of items) {
    const key = sectionOf(item);
    const last = sections.at(-1);
    if (last?.key === key) last.items.push(item);
    else
      sections.push({
        key,
        items: [item],
        continued: sections.length === 0 && before !== undefined && sectionOf(before) === key,
      });
  }
  return sections;
}

/** Records a preview of a list shows on a page that is not the list (the home page's plans). */
export const PREVIEW_SIZE = 10;

/**
 * The first `limit` records of a list shown on a page that is not the list itself (the home page's
 * plans, the teachers' tasks), and how many more the full list, linked from there, holds.
 */
export function listPreview<T>(
  items: readonly T[],
  limit = PREVIEW_SIZE,
): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/**
 * The end of a page's breadcrumb trail: the list's name on page 1; from page 2 on, the name
 * linking to page 1, then "Trang 2".
 */
export function listCrumbs(
  label: string,
  firstPage: string,
  number: number,
): { label: string; href?: string }[] {
  return number === 1 ? [{ label }] : [{ label, href: firstPage }, { label: `Trang ${number}` }];
}

/** A row of a list made of sections: a record under its section, or the empty section itself. */
export interface SectionRow<K extends string, T> {
  section: K;
  /** Absent for a section with no records that still shows, saying so ("Chưa có chỉ tiêu nào"). */
  item?: T;
}

/**
 * The rows of a list made of sections (a theme's tasks, then its targets…), in order, for
 * paginate(): each record under its section; a section with no records and `showEmpty` takes one
 * row of its own, so the page where it would fall says it is empty.
 */
export function sectionRows<K extends string, T>(
  sections: readonly { key: K; items: readonly T[]; showEmpty?: boolean }[],
): SectionRow<K, T>[] {
  return sections.flatMap(({ key, items, showEmpty }) =>
    items.length
      ? items.map((item) => ({ section: key, item }))
      : showEmpty
        ? [{ section: key }]
        : [],
  );
}

/** A section heading on the page where the section goes on from the page before: "… (tiếp)". */
export function sectionHeading(text: string, continued: boolean): string {
  return continued ? `${text} (tiếp)` : text;
}

/**
 * A page's records in sections and, inside each, parts (a plan, then its tasks' parts): both
 * levels marked `continued` where they go on from the page before.
 */
export function pageSectionsWithParts<T>(
  page: Pick<ListPage<T>, 'items' | 'before'>,
  sectionOf: (item: T) => string,
  partOf: (item: T) => string,
): (PageSection<T> & { parts: PageSection<T>[] })[] {
  return pageSections(page.items, page.before, sectionOf).map((section, index) => ({
    ...section,
    parts: pageSections(section.items, index === 0 ? page.before : undefined, (item) =>
      JSON.stringify([sectionOf(item), partOf(item)]),
    ),
  }));
}
