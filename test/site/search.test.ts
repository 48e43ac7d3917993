import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages, readPage } from '../support/dist.ts';
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

  it('indexes plans, tasks, targets and themes, and not lists, the home page or the search page', () => {
    const indexed = listPages().filter((path) =>
      loadPage(path).querySelector('main[data-pagefind-body]'),
    );
    expect(indexed).toContain('/ke-hoach/lao-cai-03-kh-ccb/');
    expect(indexed).toContain('/nhiem-vu/lai-chau-16-kh-tu/ii-1/');
    expect(indexed).toContain('/chi-tieu/lao-cai-03-kh-ccb/ii-2-9/');
    expect(indexed).toContain('/chu-de/giao-duc-the-he-tre/');
    for (const path of [
      '/',
      '/ke-hoach/',
      '/nhiem-vu/',
      '/chi-tieu/',
      '/chu-de/',
      '/tim-kiem/',
      '/404.html',
    ])
      expect(indexed).not.toContain(path);
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
