import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { oversizedPages, pageSize } from '../../src/integrations/page-size.ts';
import {
  countElements,
  MAX_PAGE_ELEMENTS,
  MAX_PAGE_HTML_BYTES,
  pageSizeProblems,
  pageSizeReport,
} from '../../src/lib/page-budget.ts';
import { temporaryFolder } from '../support/temporary-folder.ts';

describe('what one page may weigh', () => {
  it('caps raw HTML at 200 KB and the document at 3,000 elements', () => {
    expect(MAX_PAGE_HTML_BYTES).toBe(200 * 1024);
    expect(MAX_PAGE_ELEMENTS).toBe(3000);
  });

  it('names the page and the figure, in Vietnamese, for each cap it breaks', () => {
    expect(pageSizeProblems({ path: '/mo-hinh/', htmlBytes: 200 * 1024, elements: 3000 })).toEqual(
      [],
    );
    expect(pageSizeProblems({ path: '/mo-hinh/', htmlBytes: 1_130_000, elements: 12_345 })).toEqual(
      [
        'Trang /mo-hinh/ có 1.104 KB HTML, quá giới hạn 200 KB một trang.',
        'Trang /mo-hinh/ có 12.345 phần tử HTML, quá giới hạn 3.000 một trang.',
      ],
    );
  });

  it('says how to fix it after the list of pages', () => {
    const report = pageSizeReport(['Trang /a/ có 300 KB HTML, quá giới hạn 200 KB một trang.']);
    expect(report).toMatch(
      /^1 trang quá nặng để đọc trên điện thoại:\n {2}• Trang \/a\/ có 300 KB/,
    );
    expect(report).toContain('Cách sửa: chia nội dung dài thành nhiều bài');
  });
});

describe('counting the elements of a page', () => {
  const linkedomCount = (html: string) => parseHTML(html).document.querySelectorAll('*').length;

  it('counts what a parsed document holds, past comments, quoted ">", scripts and templates', () => {
    const html = [
      '<!doctype html><html lang="vi"><head><title>a < b</title>',
      '<style>p > a { color: red }</style><script>if (1 < 2) document.write("<p>")</script></head>',
      '<body><!-- <p>not an element</p> --><main data-x="a > b" title=\'c > d\'>',
      '<p>Một <a href="/x/">liên kết</a><br><img src="/a.png" alt=""></p>',
      '<template><li>only when a script uses it</li></template>',
      '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg></main></body></html>',
    ].join('');
    expect(countElements(html)).toBe(linkedomCount(html));
    expect(countElements(html)).toBe(14);
  });
});

describe('the build refuses a page over the HTML cap', () => {
  const site = () => {
    const root = temporaryFolder('ccb-page-size-');
    const page = (path: string, bytes: number) => {
      mkdirSync(join(root, path), { recursive: true });
      writeFileSync(join(root, path, 'index.html'), `<p>${'chữ '.repeat(bytes / 6)}</p>`);
    };
    page('', 10_000);
    page('cau-chuyen/rat-dai', 3 * 1024 * 1024);
    page('mo-hinh', 150 * 1024);
    return root;
  };

  it('lists every page over the cap with its site address', () => {
    expect(oversizedPages(site(), '/ccb/')).toEqual([
      expect.stringMatching(
        /^Trang \/ccb\/cau-chuyen\/rat-dai\/ có 3\.07\d KB HTML, quá giới hạn 200 KB một trang\.$/,
      ),
    ]);
  });

  it('stops the build with that list and how to fix it, without a stack trace', () => {
    const integration = pageSize();
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    const dir = new URL(`file://${site()}/`);
    let thrown: unknown;
    try {
      hooks['astro:build:done']!({ dir });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'Kiểm tra cỡ trang', stack: '' });
    expect((thrown as Error).message).toMatch(
      /^1 trang quá nặng để đọc trên điện thoại:\n {2}• Trang \/cau-chuyen\/rat-dai\/ có/,
    );
  });
});
