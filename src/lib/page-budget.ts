import { formatNumber } from './format/number.ts';

/**
 * What one built page may weigh (issue 16), whatever its content: raw HTML (before compression, what
 * a phone parses) and elements (what it lays out). Lists page (src/lib/paging.ts) to stay under
 * them; `npm run build` refuses a page over the HTML cap (src/integrations/page-size.ts), and the
 * page gates and `npm run bench` check both caps on the real site and on the benchmark corpus.
 */

/** Raw (uncompressed) HTML of one page, in bytes. */
export const MAX_PAGE_HTML_BYTES = 200 * 1024;

/** Elements in one page's document. */
export const MAX_PAGE_ELEMENTS = 3000;

export interface PageSize {
  /** Site address, e.g. "/mo-hinh/". */
  path: string;
  /** Bytes of its HTML file. */
  htmlBytes: number;
  /** Elements in its document, when counted. */
  elements?: number;
}

const kilobytes = (bytes: number) => `${formatNumber(bytes / 1024, 0)} KB`;

/** Every cap a page breaks, in Vietnamese, naming the page. */
export function pageSizeProblems(page: PageSize): string[] {
  const problems: string[] = [];
  if (page.htmlBytes > MAX_PAGE_HTML_BYTES)
    problems.push(
      `Trang ${page.path} có ${kilobytes(page.htmlBytes)} HTML, quá giới hạn ${kilobytes(MAX_PAGE_HTML_BYTES)} một trang.`,
    );
  if (page.elements !== undefined && page.elements > MAX_PAGE_ELEMENTS)
    problems.push(
      `Trang ${page.path} có ${formatNumber(page.elements)} phần tử HTML, quá giới hạn ${formatNumber(MAX_PAGE_ELEMENTS)} một trang.`,
    );
  return problems;
}

/** The message a build stops with: every page over a cap, then how to fix it. */
export function pageSizeReport(problems: readonly string[]): string {
  return [
    `${problems.length} trang quá nặng để đọc trên điện thoại:`,
    ...problems.map((problem) => `  • ${problem}`),
    'Cách sửa: chia nội dung dài thành nhiều bài, hoặc rút ngắn bớt (bảng, ảnh nhúng, danh sách dài). ' +
      'Các trang danh sách tự chia thành nhiều trang, mỗi trang tối đa 50 mục; nếu trang quá nặng là một trang danh sách, hãy báo cho người phát triển trang.',
  ].join('\n');
}

/**
 * Elements whose content is text, never tags (a "<" inside starts nothing), and <template>, whose
 * content is kept apart from the document until a script uses it.
 */
const SKIPPED_CONTENT = new Set(['script', 'style', 'textarea', 'title', 'template']);

/**
 * Elements in an HTML document, counted from its start tags: what `document.querySelectorAll('*')`
 * finds once a browser has parsed it, for the well-formed HTML Astro writes (every element written
 * out in lower case, attribute values quoted). Fast enough to run over ten thousand pages.
 */
export function countElements(html: string): number {
  let count = 0;
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(at, at + 64))?.[1]?.toLowerCase();
    if (!name) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    count++;
    // The end of the start tag: the first ">" outside a quoted attribute value.
    let end = at + name.length + 1;
    let quote = '';
    for (; end < html.length; end++) {
      const char = html[end]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    at = end + 1;
    if (SKIPPED_CONTENT.has(name)) {
      const close = html.indexOf(`</${name}`, at);
      at = close === -1 ? -1 : close;
    }
    if (at !== -1) at = html.indexOf('<', at);
  }
  return count;
}
