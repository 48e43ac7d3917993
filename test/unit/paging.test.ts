import { describe, expect, it } from 'vitest';
import {
  listCrumbs,
  listPreview,
  PAGE_SEGMENT,
  PAGE_SIZE,
  pageAddresses,
  pageCount,
  pagedTitle,
  pageNavigation,
  pageParam,
  pagePath,
  pageRange,
  pageSections,
  pageSectionsWithParts,
  paginate,
  sectionHeading,
  sectionRows,
  type PageLink,
} from '../../src/lib/paging.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
/** The row of links as a reader sees it: "1 … 4 5 [6] 7 8 … 40". */
const row = (links: PageLink[]) =>
  links
    .map((link) => ('gap' in link ? '…' : link.current ? `[${link.number}]` : `${link.number}`))
    .join(' ');

describe('cutting a list into pages', () => {
  it('holds at most 50 records a page', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(2000)).toBe(40);
    expect(pageCount(2001)).toBe(41);
  });

  it('gives every record exactly one page, in the list order, and says where each page starts and ends', () => {
    const pages = paginate(numbers(123));
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 23]);
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(123));
    expect(
      pages.map(({ number, count, first, last, total }) => [number, count, first, last, total]),
    ).toEqual([
      [1, 3, 1, 50, 123],
      [2, 3, 51, 100, 123],
      [3, 3, 101, 123, 123],
    ]);
    expect(pages.map((page) => page.before)).toEqual([undefined, 50, 100]);
  });

  it('gives an empty list one empty page, so its address still answers', () => {
    expect(paginate([])).toEqual([
      { number: 1, count: 1, items: [], first: 0, last: 0, total: 0, before: undefined },
    ]);
  });

  it('takes another page size where records are large', () => {
    expect(paginate(numbers(12), 5).map((page) => page.items)).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
      [11, 12],
    ]);
  });
});

describe('page addresses and titles', () => {
  it('keeps the list address for page 1 and adds trang-N after it', () => {
    expect(pagePath('/mo-hinh/', 1)).toBe('/mo-hinh/');
    expect(pagePath('/mo-hinh/', 2)).toBe('/mo-hinh/trang-2/');
    expect(pagePath('/sub/mo-hinh/nam/2024/', 12)).toBe('/sub/mo-hinh/nam/2024/trang-12/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang-3');
    expect(pageAddresses('/cau-chuyen/', 101)).toEqual([
      '/cau-chuyen/',
      '/cau-chuyen/trang-2/',
      '/cau-chuyen/trang-3/',
    ]);
  });

  it('recognises a page segment, so no content id can take a page address', () => {
    expect(PAGE_SEGMENT.test('trang-2')).toBe(true);
    expect(PAGE_SEGMENT.test('trang-10')).toBe(true);
    expect(PAGE_SEGMENT.test('trang-chu')).toBe(false);
    expect(PAGE_SEGMENT.test('trang-02')).toBe(false);
    expect(PAGE_SEGMENT.test('ve-trang-2')).toBe(false);
  });

  it('names the page number in the title from page 2 on', () => {
    expect(pagedTitle('Mô hình “Dân vận khéo”', 1)).toBe('Mô hình “Dân vận khéo”');
    expect(pagedTitle('Mô hình “Dân vận khéo”', 2)).toBe('Mô hình “Dân vận khéo” – trang 2');
  });

  it('ends the breadcrumb trail of page 2 on with a link to page 1', () => {
    expect(listCrumbs('Mô hình', '/mo-hinh/', 1)).toEqual([{ label: 'Mô hình' }]);
    expect(listCrumbs('Mô hình', '/mo-hinh/', 3)).toEqual([
      { label: 'Mô hình', href: '/mo-hinh/' },
      { label: 'Trang 3' },
    ]);
  });

  it('says which records a page shows, with Vietnamese thousands', () => {
    const pages = paginate(numbers(2000));
    expect(pageRange(pages[1]!, 'mô hình')).toBe('Trang 2/40: mô hình thứ 51–100 trong 2.000.');
    expect(pageRange(paginate(numbers(7))[0]!, 'mô hình')).toBeUndefined();
  });
});

describe('the numbered links under a page', () => {
  it('lists every page of a short list, marks the current one, and links previous and next', () => {
    const nav = pageNavigation('/mo-hinh/', 2, 3);
    expect(row(nav.links)).toBe('1 [2] 3');
    expect(nav.links[0]).toEqual({ number: 1, href: '/mo-hinh/', current: false });
    expect(nav.previous).toEqual({ number: 1, href: '/mo-hinh/' });
    expect(nav.next).toEqual({ number: 3, href: '/mo-hinh/trang-3/' });
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(pageNavigation('/x/', 1, 3).previous).toBeUndefined();
    expect(pageNavigation('/x/', 3, 3).next).toBeUndefined();
    const single = pageNavigation('/x/', 1, 1);
    expect([single.previous, single.next, row(single.links)]).toEqual([
      undefined,
      undefined,
      '[1]',
    ]);
  });

  it('keeps a long list to the first, the last and two on each side of the current page', () => {
    expect(row(pageNavigation('/x/', 1, 40).links)).toBe('[1] 2 3 … 40');
    expect(row(pageNavigation('/x/', 6, 40).links)).toBe('1 … 4 5 [6] 7 8 … 40');
    expect(row(pageNavigation('/x/', 4, 40).links)).toBe('1 2 3 [4] 5 6 … 40');
    expect(row(pageNavigation('/x/', 40, 40).links)).toBe('1 … 38 39 [40]');
    expect(row(pageNavigation('/x/', 9, 9).links)).toBe('1 2 3 4 5 6 7 8 [9]');
    // A gap of a single page shows that page instead of "…".
    expect(row(pageNavigation('/x/', 5, 40).links)).toBe('1 2 3 4 [5] 6 7 … 40');
  });

  it('reaches every page of a long list from page 1 by following its links', () => {
    const count = 57;
    const seen = new Set(['/x/']);
    const queue = ['/x/'];
    while (queue.length) {
      const href = queue.shift()!;
      const current = href === '/x/' ? 1 : Number(/trang-(\d+)/.exec(href)![1]);
      for (const link of pageNavigation('/x/', current, count).links)
        if (!('gap' in link) && !seen.has(link.href)) {
          seen.add(link.href);
          queue.push(link.href);
        }
    }
    expect([...seen].sort()).toEqual(pageAddresses('/x/', count * PAGE_SIZE).sort());
  });
});

describe('sections across pages', () => {
  const tasks = [
    { plan: 'a', id: 1 },
    { plan: 'a', id: 2 },
    { plan: 'a', id: 3 },
    { plan: 'b', id: 4 },
    { plan: 'b', id: 5 },
    { plan: 'c', id: 6 },
  ];

  it('groups a page by section and marks the section that goes on from the page before', () => {
    const [first, second] = paginate(tasks, 4);
    const sections = (page: typeof first) =>
      pageSections(page!.items, page!.before, (task) => task.plan).map(
        ({ key, items, continued }) => [key, items.map((task) => task.id), continued],
      );
    expect(sections(first)).toEqual([
      ['a', [1, 2, 3], false],
      ['b', [4], false],
    ]);
    expect(sections(second)).toEqual([
      ['b', [5], true],
      ['c', [6], false],
    ]);
  });

  it('marks a part that goes on only when its section goes on too', () => {
    const rows = [
      { plan: 'a', part: 'tasks', id: 1 },
      { plan: 'a', part: 'tasks', id: 2 },
      { plan: 'b', part: 'tasks', id: 3 },
      { plan: 'b', part: 'tasks', id: 4 },
      { plan: 'b', part: 'implementation', id: 5 },
    ];
    const shape = (page: ReturnType<typeof paginate<(typeof rows)[number]>>[number]) =>
      pageSectionsWithParts(
        page,
        (row) => row.plan,
        (row) => row.part,
      ).map((section) => [
        section.key,
        section.continued,
        section.parts.map((part) => [part.items.map((row) => row.id), part.continued]),
      ]);
    const [first, second] = paginate(rows, 3);
    expect(shape(first!)).toEqual([
      ['a', false, [[[1, 2], false]]],
      ['b', false, [[[3], false]]],
    ]);
    expect(shape(second!)).toEqual([
      [
        'b',
        true,
        [
          [[4], true],
          [[5], false],
        ],
      ],
    ]);
  });

  it('does not mark a section that starts exactly at the top of a page', () => {
    const [, second] = paginate(tasks, 3);
    expect(pageSections(second!.items, second!.before, (task) => task.plan)[0]!.continued).toBe(
      false,
    );
  });
});

describe('lists made of sections', () => {
  it('puts each record under its section and gives an empty section that must show one row', () => {
    expect(
      sectionRows([
        { key: 'tasks', items: ['t1', 't2'], showEmpty: true },
        { key: 'targets', items: [], showEmpty: true },
        { key: 'tracked', items: [] },
        { key: 'stories', items: ['s1'] },
      ]),
    ).toEqual([
      { section: 'tasks', item: 't1' },
      { section: 'tasks', item: 't2' },
      { section: 'targets' },
      { section: 'stories', item: 's1' },
    ]);
  });

  it('says a heading goes on from the page before', () => {
    expect(sectionHeading('Chỉ tiêu (120)', true)).toBe('Chỉ tiêu (120) (tiếp)');
    expect(sectionHeading('Chỉ tiêu (120)', false)).toBe('Chỉ tiêu (120)');
  });
});

describe('a preview of a list on another page', () => {
  it('shows the first records and counts the rest', () => {
    expect(listPreview(numbers(12), 10)).toEqual({ shown: numbers(10), more: 2 });
    expect(listPreview(numbers(3), 10)).toEqual({ shown: numbers(3), more: 0 });
  });
});
