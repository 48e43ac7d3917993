/**
 * `npm run bench`: builds synthetic corpora (scripts/bench/corpus.ts) of several sizes with the
 * site's config and with the bare Astro + MDX config, cold, several times each, and writes the
 * medians to reports/bench.md and to the README's benchmark section. Every page of each corpus is
 * held to the caps of src/lib/page-budget.ts (scripts/bench/page-budgets.ts): a page over one
 * fails the run.
 *
 *   npm run bench                                   1,000 pages × 3 runs, 10,000 pages × 1 run
 *   npm run bench -- --sizes=1000 --runs=5          other sizes / run counts
 *   npm run bench -- --runs-large=3                 run counts for sizes ≥ 10,000 too
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_PAGE_ELEMENTS, MAX_PAGE_HTML_BYTES } from '../../src/lib/page-budget.ts';
import { generateCorpus } from './corpus.ts';
import { buildOnce, median, type BuildKind, type BuildResult } from './measure.ts';
import { checkPageBudgets, type PageBudgets } from './page-budgets.ts';
import {
  LATENCY_QUERIES,
  measureFirstQuery,
  measureSearchLatency,
} from '../support/search-transfer.ts';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.bench');
const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const runsLarge = Number(option('runs-large', '1'));

/** Budgets from issue #16 (issue #3 set the first ones). */
const MAX_RATIO = 1.5;
const MAX_SECONDS_10K = 300;
const MAX_PEAK_MB = 4096;
/** Issue #15: a reader's first search on the 1,000-page corpus transfers at most this much (gzip). */
const MAX_FIRST_QUERY_KB = 150;
/** Issue #15: from the last keystroke to the results, median, warm, on the 1,000-page corpus. */
const MAX_LATENCY_MS = 300;

interface SizeResult {
  size: number;
  runs: number;
  site: BuildResult[];
  bare: BuildResult[];
  /** Bytes (gzip) a reader's first search transfers on this corpus, from the site's own search page. */
  firstQueryGzip: number;
  /** Milliseconds from the last keystroke to the results, median over the timed queries, warm. */
  latencyMs: number;
  /** Issue #16: every page's raw HTML and elements against their caps. */
  budgets?: PageBudgets;
}

const results: SizeResult[] = [];
for (const size of sizes) {
  const content = join(work, `content-${size}`);
  const corpus = await generateCorpus({
    source: join(root, 'content'),
    target: content,
    pages: size,
  });
  const count = size >= 10_000 ? runsLarge : runs;
  const result: SizeResult = {
    size,
    runs: count,
    site: [],
    bare: [],
    firstQueryGzip: 0,
    latencyMs: 0,
  };
  console.log(
    `${size} trang: ${corpus.clones} bản sao nội dung, ${corpus.files} tệp; ${count} lần dựng mỗi cấu hình`,
  );
  for (let run = 1; run <= count; run++) {
    for (const kind of ['site', 'bare'] as BuildKind[]) {
      const built = await buildOnce(
        kind,
        content,
        join(work, `dist-${kind}-${size}`),
        join(work, `cache-${kind}`),
      );
      result[kind].push(built);
      console.log(
        `  lần ${run}, ${kind}: ${built.seconds.toFixed(1)} s, ${built.pages} trang, ${built.peakMb?.toFixed(0) ?? '?'} MB`,
      );
    }
  }
  const budgets = checkPageBudgets(join(work, `dist-site-${size}`));
  result.budgets = budgets;
  console.log(
    `  trang nặng nhất: ${budgets.heaviest.path} ${(budgets.heaviest.htmlBytes / 1024).toFixed(0)} KB HTML; nhiều phần tử nhất: ${budgets.largest.path} ${budgets.largest.elements}; ${budgets.problems.length} trang vượt giới hạn`,
  );
  result.firstQueryGzip = (await measureFirstQuery(join(work, `dist-site-${size}`))).gzipBytes;
  console.log(`  truy vấn đầu tiên: ${(result.firstQueryGzip / 1024).toFixed(0)} KB (gzip)`);
  const latency = await measureSearchLatency(join(work, `dist-site-${size}`));
  result.latencyMs = latency.median;
  console.log(
    `  từ phím cuối đến kết quả: trung vị ${latency.median} ms (${latency.each.map((e) => `${e.query} ${e.ms}`).join(', ')})`,
  );
  results.push(result);
}

const number = (value: number, digits = 1) =>
  value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${number(bytes / 1024 / 1024)} MB`;
const med = (list: BuildResult[], pick: (result: BuildResult) => number | undefined) => {
  const values = list.map(pick).filter((value): value is number => value !== undefined);
  return values.length ? median(values) : undefined;
};
const ms = (seconds: number, pages: number) => number((seconds / pages) * 1000, 2);
const seconds = (value: number | undefined) => (value === undefined ? 'n/a' : `${number(value)} s`);
/** Each run's time, in the order run: the spread behind the median. */
const each = (list: BuildResult[]) => list.map((r) => number(r.seconds)).join(' / ');

/** Where the time goes, median of the runs, for one configuration. */
const phaseRow = (size: number, label: string, list: BuildResult[]) => {
  const phase = (name: keyof BuildResult['phases']) => seconds(med(list, (r) => r.phases[name]));
  const drawn = med(list, (r) => r.charts?.drawn);
  const drawing = med(list, (r) => r.charts?.seconds);
  return [
    size.toLocaleString('vi-VN'),
    label,
    phase('content'),
    phase('bundle'),
    phase('render'),
    drawn === undefined ? '–' : `${number(drawn, 0)} biểu đồ, ${seconds(drawing)}`,
    phase('search'),
    phase('other'),
    seconds(med(list, (r) => r.seconds)),
  ];
};

const rows = results.map(({ size, runs, site, bare, firstQueryGzip, latencyMs, budgets }) => {
  const pages = site[0]!.pages;
  const bareSeconds = med(bare, (r) => r.seconds)!;
  const siteSeconds = med(site, (r) => r.seconds)!;
  const ratio = siteSeconds / site[0]!.pages / (bareSeconds / bare[0]!.pages);
  const peak = med(site, (r) => r.peakMb);
  const checks = [
    ratio <= MAX_RATIO ? `tỉ lệ ≤ ${number(MAX_RATIO)} ✓` : `tỉ lệ > ${number(MAX_RATIO)} ✗`,
    peak === undefined ? 'bộ nhớ ?' : peak <= MAX_PEAK_MB ? 'bộ nhớ ≤ 4 GB ✓' : 'bộ nhớ > 4 GB ✗',
    ...(size >= 10_000 ? [siteSeconds <= MAX_SECONDS_10K ? '≤ 5 phút ✓' : '> 5 phút ✗'] : []),
    budgets && budgets.problems.length === 0
      ? `mọi trang ≤ ${MAX_PAGE_HTML_BYTES / 1024} KB HTML, ≤ ${number(MAX_PAGE_ELEMENTS, 0)} phần tử ✓`
      : `${budgets?.problems.length ?? '?'} trang vượt ${MAX_PAGE_HTML_BYTES / 1024} KB HTML hoặc ${number(MAX_PAGE_ELEMENTS, 0)} phần tử ✗`,
    ...(size <= 1_000
      ? [
          firstQueryGzip / 1024 <= MAX_FIRST_QUERY_KB
            ? `tìm kiếm ≤ ${MAX_FIRST_QUERY_KB} KB ✓`
            : `tìm kiếm > ${MAX_FIRST_QUERY_KB} KB ✗`,
          latencyMs <= MAX_LATENCY_MS
            ? `kết quả ≤ ${MAX_LATENCY_MS} ms ✓`
            : `kết quả > ${MAX_LATENCY_MS} ms ✗`,
        ]
      : []),
  ];
  return [
    `${size.toLocaleString('vi-VN')} (${pages} trang)`,
    String(runs),
    `${number(siteSeconds)} s (${each(site)})`,
    `${ms(siteSeconds, pages)} ms`,
    peak === undefined ? 'n/a' : `${number(peak, 0)} MB`,
    mb(site[0]!.distBytes),
    mb(site[0]!.pagefindBytes),
    `${number(firstQueryGzip / 1024, 0)} KB`,
    `${number(latencyMs, 0)} ms`,
    budgets
      ? `${number(budgets.heaviest.htmlBytes / 1024, 0)} KB, ${number(budgets.largest.elements, 0)} phần tử`
      : 'n/a',
    `${number(bareSeconds)} s (${each(bare)})`,
    `${ms(bareSeconds, bare[0]!.pages)} ms`,
    `${number(med(bare, (r) => r.peakMb) ?? 0, 0)} MB`,
    `${number(ratio, 2)} ×`,
    checks.join(', '),
  ];
});

const header = [
  'Cỡ kho',
  'Số lần',
  'Dựng (trung vị)',
  'Mỗi trang',
  'Bộ nhớ đỉnh',
  'dist/',
  'Chỉ mục Pagefind',
  'Truy vấn tìm kiếm đầu tiên (gzip)',
  'Phím cuối → kết quả (trung vị)',
  'Trang nặng nhất: HTML, phần tử',
  'Astro trần',
  'Trần mỗi trang',
  'Trần bộ nhớ',
  'Tỉ lệ mỗi trang',
  'Ngân sách',
];
const markdownTable = (head: string[], body: string[][]) =>
  [head, head.map(() => '---'), ...body].map((row) => `| ${row.join(' | ')} |`).join('\n');
const table = markdownTable(header, rows);
const phaseTable = markdownTable(
  [
    'Cỡ kho',
    'Cấu hình',
    'Nội dung',
    'Đóng gói',
    'Kết xuất trang',
    'Biểu đồ (luồng riêng, cùng lúc với kết xuất)',
    'Chỉ mục tìm kiếm',
    'Khác',
    'Tổng',
  ],
  results.flatMap(({ size, site, bare }) => [
    phaseRow(size, 'trang của ta', site),
    phaseRow(size, 'Astro trần', bare),
  ]),
);
const cpu = cpus()[0]?.model ?? '?';
const machine = `${cpus().length} nhân (${cpu}), ${number(totalmem() / 1024 ** 3, 0)} GB RAM, Node ${process.version}, ngày ${new Date().toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })}`;

const report = `# Đo thời gian dựng trang (npm run bench)

Kho nội dung tổng hợp (không bao giờ đăng): nội dung thật trong \`content/\` được nhân bản, lời văn viết
lại bằng chuỗi Markov học từ chính các văn bản của trang, mã định danh đổi theo bản sao, số liệu tiến độ
xê dịch mỗi bản sao một chút (như số liệu thật: không bản sao nào có biểu đồ y hệt bản khác). Mỗi lần dựng
là dựng "lạnh" (xóa bộ đệm, cả bộ đệm biểu đồ). "Astro trần" là cùng các tệp MDX dựng bằng Astro + MDX,
không có thành phần, bố cục, CSS hay bộ kiểm tra nội dung nào của trang (\`scripts/bench/bare/\`): mức sàn
của công nghệ này. Mỗi lần đo dựng trang của ta rồi Astro trần ngay sau đó, trên cùng máy, cùng lúc; số
liệu là trung vị các lần (trong ngoặc: từng lần). Bộ nhớ đỉnh là "Maximum resident set size" của tiến
trình dựng (GNU time). Chỉ mục Pagefind: "n/a" khi bản dựng chưa có thư mục \`pagefind/\`. "Truy vấn tìm
kiếm đầu tiên" là số byte (nén gzip) trình duyệt tải từ lúc người đọc bắt đầu gõ "dan van kheo" vào ô tìm
kiếm của trang đến khi kết quả hiện ra, đo bằng Chromium. "Phím cuối → kết quả" là thời gian từ phím cuối
cùng đến khi kết quả hiện ra, khi bộ tìm kiếm đã tải (trung vị của ${LATENCY_QUERIES.length} truy vấn gõ từng phím, 150 ms một phím).

Máy đo: ${machine}.

${table}

Ngân sách (issue #16): dựng trang của ta ≤ ${number(MAX_RATIO)} × Astro trần tính trên mỗi trang; 10.000 trang
trong ≤ 5 phút và ≤ 4 GB bộ nhớ trên máy 2 nhân. Issue #15: truy vấn tìm kiếm đầu tiên ≤ ${MAX_FIRST_QUERY_KB} KB và từ phím cuối
đến kết quả ≤ ${MAX_LATENCY_MS} ms (trung vị) trên kho 1.000 trang. Issue #16: mọi trang ≤ ${MAX_PAGE_HTML_BYTES / 1024} KB HTML
(chưa nén) và ≤ ${number(MAX_PAGE_ELEMENTS, 0)} phần tử ở mọi cỡ kho; "trang nặng nhất" là trang nhiều HTML nhất và số phần tử của
trang nhiều phần tử nhất (có thể là hai trang khác nhau); một trang vượt giới hạn làm lệnh thất bại.

## Thời gian đi đâu

Trung vị các lần, tính theo giờ đồng hồ, đo bằng thời điểm từng dòng nhật ký của bản dựng in ra.
"Nội dung": khởi động, cấu hình, bộ kiểm tra nội dung (\`src/content-check/\`) và bước Astro đọc nội dung.
"Đóng gói": Vite biên dịch MDX và mã. "Kết xuất trang": Astro viết từng trang HTML (kể cả lúc chờ một biểu
đồ chưa vẽ xong). "Biểu đồ": số biểu đồ vẽ và số giây các luồng vẽ (\`src/integrations/charts.ts\`) bận,
chạy cùng lúc với kết xuất trang, không cộng thêm vào tổng. "Chỉ mục tìm kiếm": Pagefind và sơ đồ trang
(sitemap). "Khác": ảnh tối ưu, tệp \`_headers\`, service worker ngoại tuyến, thoát.

${phaseTable}
`;

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.md'), report);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const block = `<!-- bench:start -->\n${machine}.\n\n${table}\n\n${phaseTable}\n<!-- bench:end -->`;
writeFileSync(readmePath, readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
console.log(
  `\n${table}\n\n${phaseTable}\n\nĐã ghi reports/bench.md và mục số liệu trong README.md.`,
);
// Issue #16: a page over its caps fails the run (after the report is written, so it says which).
const overBudget = results.flatMap((result) => result.budgets?.problems ?? []);
if (overBudget.length) {
  console.error(
    `\nTrang vượt giới hạn cỡ trang:\n${overBudget.map((line) => `  ${line}`).join('\n')}`,
  );
  process.exitCode = 1;
}
