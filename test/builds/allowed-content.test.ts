import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkContent } from '../../src/content-check/index.ts';
import { EVERY_ALLOWED_CONSTRUCT } from '../support/allowed-content.ts';
import { buildVariant } from '../support/build.ts';
import { copyOfContent, projectFolder } from '../support/temporary-folder.ts';

/**
 * A story holding every construct an editor may write passes `npm run check`, builds, and reaches
 * the reader as written: formatting, lists, quotations, tables, links of each allowed kind, a
 * picture with its description, and the characters MDX reads as code, written as the guide says.
 */
describe('a story using everything an editor may write', () => {
  let page: Document;

  beforeAll(async () => {
    const { root, contentDir } = copyOfContent(projectFolder('dist-allowed-content'));
    const model = readFileSync(join(contentDir, 'cau-chuyen/di-tim-dong-doi.mdx'), 'utf8');
    const [, frontmatter] = model.split(/^---$/m);
    writeFileSync(
      join(contentDir, 'cau-chuyen/moi-cach-viet.mdx'),
      `---${frontmatter!.replace(/^title: .*$/m, 'title: "Mọi cách viết được phép"')}---\n${EVERY_ALLOWED_CONSTRUCT}`,
    );
    expect(checkContent(root)).toEqual([]);
    // Its own content cache: entries of this content must not linger in the site's.
    const dir = await buildVariant('allowed', {
      SITE_CONTENT_DIR: contentDir,
      SITE_CACHE_DIR: join(root, 'cache'),
    });
    page = parseHTML(
      readFileSync(join(dir, 'cau-chuyen/moi-cach-viet/index.html'), 'utf8'),
    ).document;
  });
  afterAll(() => rmSync(resolve('dist-allowed'), { recursive: true, force: true }));

  const text = (selector: string) =>
    [...page.querySelectorAll(selector)].map((element) => element.textContent.trim());

  it('shows the formatting, headings, lists, quotation, table and rule', () => {
    expect(text('strong')).toContain('chữ đậm');
    expect(text('em')).toContain('chữ nghiêng');
    expect(text('del')).toContain('chữ gạch bỏ');
    expect(text('code')).toContain('chữ giữ nguyên');
    expect(text('h3')).toContain('Đề mục cấp ba');
    expect(text('h4')).toContain('Đề mục cấp bốn');
    expect(text('ul li')).toEqual(expect.arrayContaining(['Gạch đầu dòng thứ nhất', 'Mục con']));
    expect(text('ol li')).toEqual(expect.arrayContaining(['Mục đánh số thứ hai']));
    expect(text('blockquote')).toContain('Lời ông kể, trích nguyên văn.');
    expect(text('td')).toEqual(expect.arrayContaining(['1979', 'Nhập ngũ']));
    expect(page.querySelector('article hr, main hr')).not.toBeNull();
  });

  it('links to web pages, e-mail, phone and this site, and nothing runs', () => {
    const hrefs = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://example.com/tai-lieu',
        'mailto:hoi@example.vn',
        'tel:+842143822222',
        '/ke-hoach/',
        '#noi-dung',
        '../../mo-hinh/',
        'https://example.com/trang-khac',
      ]),
    );
    expect(hrefs.filter((href) => /^\s*(javascript|data):/i.test(href ?? ''))).toEqual([]);
  });

  it('shows the picture, from this site, with its description', () => {
    const picture = [...page.querySelectorAll('img')].find(
      (img) => img.getAttribute('alt') === 'Tranh minh họa: tuần tra đường biên, cột mốc giới',
    );
    expect(picture?.getAttribute('src')).toMatch(/^\/_astro\/.+\.(webp|png)$/);
  });

  it('shows the characters MDX reads as code as the reader expects them', () => {
    expect(page.body.textContent).toContain(
      'xuống <2 vụ mỗi năm, <50%, a<b, a < b, {chú thích}, 5 > 3, 1 < 2, a & b.',
    );
  });

  it('lists the footnote under a Vietnamese heading', () => {
    expect(text('[data-footnotes] h2')).toEqual(['Chú thích']);
    expect(text('[data-footnotes] li')).toEqual([
      expect.stringContaining('Lời chú thích cuối trang.'),
    ]);
    expect(page.querySelector('[data-footnote-backref]')?.getAttribute('aria-label')).toBe(
      'Quay lại chỗ chú thích 1',
    );
  });
});
