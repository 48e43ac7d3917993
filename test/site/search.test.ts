import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages, readPage } from '../../scripts/support/dist.ts';
import { loadPage } from '../support/dom.ts';

/** The search index's inputs and the search entry points, read from the built pages. */
describe('search in the built site', () => {
  beforeAll(assertBuilt);
  const facts = (path: string, attribute: string) =>
    Object.fromEntries(
      [...loadPage(path).querySelectorAll(`main[data-pagefind-body] [${attribute}]`)].map((el) => [
        el.getAttribute(attribute)!.replace('[data-value]', ''),
        el.getAttribute('data-value'),
      ]),
    );

  it("indexes every page a reader may look for: records, lists, the home, teachers' and progress pages", () => {
    const indexed = listPages().filter((path) =>
      loadPage(path).querySelector('main[data-pagefind-body]'),
    );
    for (const path of [
      '/ke-hoach/lao-cai-03-kh-ccb/',
      '/nhiem-vu/lai-chau-16-kh-tu/ii-1/',
      '/chi-tieu/lao-cai-03-kh-ccb/ii-2-9/',
      '/chu-de/giao-duc-the-he-tre/',
      '/mo-hinh/phin-ho-che-shan-tuyet/',
      '/cau-chuyen/di-tim-dong-doi/',
      '/',
      '/ke-hoach/',
      '/nhiem-vu/',
      '/chi-tieu/',
      '/chu-de/',
      '/mo-hinh/',
      '/cau-chuyen/',
      '/tien-do/',
      '/phuong-phap-danh-gia/',
      '/giao-vien/',
      '/giao-vien/phieu-dong-y/',
      '/giao-vien/lua-tuoi/thcs/',
      '/giao-vien/chu-de/giao-duc-the-he-tre/',
    ])
      expect(indexed, path).toContain(path);
  });

  it('leaves out the search page, the 404 page, the offline page and pages that only combine filters of a list', () => {
    const indexed = new Set(
      listPages().filter((path) => loadPage(path).querySelector('main[data-pagefind-body]')),
    );
    const left = listPages().filter((path) => !indexed.has(path));
    // The offline page (/ngoai-tuyen/) lists what this device keeps: nothing to find there.
    const notRecords = ['/tim-kiem/', '/404.html', '/ngoai-tuyen/'];
    expect(left).toEqual(expect.arrayContaining(notRecords));
    const filterPages = left.filter((path) => !notRecords.includes(path));
    expect(filterPages.length).toBeGreaterThan(0);
    for (const path of filterPages)
      expect(path, path).toMatch(/^\/(mo-hinh\/[^/]+\/[^/]+|giao-vien\/lua-tuoi\/[^/]+\/[^/]+)\/$/);
  });

  it('gives each list the kind of record it lists, and hub pages a kind of their own', () => {
    expect(facts('/mo-hinh/', 'data-pagefind-filter')).toEqual({
      kind: 'Danh sách',
      lists: 'Mô hình',
    });
    expect(facts('/cau-chuyen/', 'data-pagefind-filter')).toEqual({
      kind: 'Danh sách',
      lists: 'Câu chuyện',
    });
    expect(facts('/giao-vien/', 'data-pagefind-meta').kind).toBe('Cho giáo viên');
    expect(facts('/tien-do/', 'data-pagefind-meta').kind).toBe('Tiến độ');
    expect(facts('/', 'data-pagefind-meta').kind).toBe('Trang chủ');
  });

  it('writes the vocabulary beside the index: the indexed words, folded, most frequent first', () => {
    const words = readFileSync(join(distDir, 'pagefind', 'vocabulary.txt'), 'utf8').split('\n');
    expect(words.length).toBeGreaterThan(300);
    expect(words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
    for (const word of ['dan', 'van', 'kheo', 'dai', 'hoi', 'shan', 'tuyet'])
      expect(words, word).toContain(word);
    expect(words.indexOf('hoi')).toBeLessThan(words.indexOf('tuyet'));
  });

  it('gives each indexed page its kind, plan or place, province and year for results and filters', () => {
    expect(facts('/ke-hoach/lai-chau-16-kh-tu/', 'data-pagefind-filter')).toEqual({
      kind: 'Kế hoạch',
      province: 'tỉnh Lai Châu',
      year: '2025',
    });
    expect(facts('/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/', 'data-pagefind-meta')).toEqual({
      kind: 'Chỉ tiêu',
      context: 'Kế hoạch số 03/KH-CCB, mục II.2.4 · tỉnh Lào Cai',
      numbers: 'II.2.4 2.4',
    });
    expect(facts('/nhiem-vu/lao-cai-03-kh-ccb/iii-1/', 'data-pagefind-filter')).toEqual({
      kind: 'Nhiệm vụ',
      province: 'tỉnh Lào Cai',
      year: '2022',
    });
    expect(facts('/chu-de/giao-duc-the-he-tre/', 'data-pagefind-filter')).toEqual({
      kind: 'Chủ đề',
    });
  });

  it('keeps the facts out of sight: they sit in a hidden element', () => {
    const holder = loadPage('/ke-hoach/lao-cai-03-kh-ccb/').querySelector(
      'main [data-pagefind-filter]',
    )!.parentElement!;
    expect(holder.hasAttribute('hidden')).toBe(true);
  });

  it('offers the search form in the header of every page but the search page itself', () => {
    for (const path of listPages()) {
      const form = loadPage(path).querySelector('header form[role="search"]');
      if (path === '/tim-kiem/') {
        expect(form).toBeNull();
        continue;
      }
      expect(form?.getAttribute('action'), path).toBe('/tim-kiem/');
      expect(form?.getAttribute('method'), path).toBe('get');
      expect(form?.querySelector('input[name="q"]')?.id, path).toBeTruthy();
    }
  });

  it('loads no script for search on pages other than the search page', () => {
    const html = readPage('/ke-hoach/lao-cai-03-kh-ccb/');
    expect(html).not.toContain('pagefind.js');
    expect(html).not.toMatch(/<script[^>]+src="[^"]*SiteSearch/);
  });

  it("writes a Pagefind bundle without Pagefind's unused prebuilt interfaces, and reports its size", () => {
    const bundle = join(distDir, 'pagefind');
    const files = readdirSync(bundle, { recursive: true }) as string[];
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-worker.js',
        'wasm.unknown.pagefind',
        'pagefind-entry.json',
      ]),
    );
    expect(
      files.filter((file) => /pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)),
    ).toEqual([]);
    const bytes = files.reduce(
      (sum, file) =>
        sum + (statSync(join(bundle, file)).isFile() ? statSync(join(bundle, file)).size : 0),
      0,
    );
    console.log(`Chỉ mục tìm kiếm: ${files.length} tệp, ${Math.round(bytes / 1024)} KB.`);
    expect(bytes).toBeGreaterThan(0);
  });
});
