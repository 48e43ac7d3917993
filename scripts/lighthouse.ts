/**
 * `npm run lighthouse`: Lighthouse (mobile settings, its default) in Debian's Chromium on one page
 * of each page type, served from a fresh production build on loopback. Writes the scores to
 * reports/lighthouse.md and to the README's performance section. A report, not a gate: scores on a
 * shared 2-core machine vary from run to run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { listPages } from './support/dist.ts';
import { onePagePerType, pageTypes } from './support/page-types.ts';
import { serveStatic } from './support/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'reports/tmp/lighthouse-dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LABELS: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'Hiệu năng',
  accessibility: 'Hỗ trợ tiếp cận',
  'best-practices': 'Thực hành tốt nhất',
  seo: 'SEO',
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
// Serve first, then build for that address, so canonical links point at the origin being measured.
const site = await serveStatic(outDir);
execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    SITE_OUT_DIR: outDir,
    SITE_URL: site.origin,
    SITE_CACHE_DIR: join(root, 'reports/tmp/lighthouse-cache'),
  },
});

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const rows: string[][] = [];
const problems: string[] = [];
try {
  for (const [name, path] of onePagePerType(listPages(outDir))) {
    const type = pageTypes.find((candidate) => candidate.name === name)!.label;
    const url = `${site.url}${path.replace(/^\//, '')}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((category) =>
      Math.round((categories[category]?.score ?? 0) * 100),
    );
    rows.push([type, `\`${path}\``, ...scores.map(String)]);
    console.log(`${type} ${path}: ${scores.join(' / ')}`);
    for (const category of CATEGORIES) {
      for (const ref of categories[category]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          problems.push(
            `${type} (${path}), ${LABELS[category]}: ${audit.title} (${audit.displayValue ?? `điểm ${audit.score}`})`,
          );
      }
    }
  }
} finally {
  chrome.kill();
  await site.close();
}

const header = ['Loại trang', 'Trang', ...CATEGORIES.map((category) => LABELS[category])];
const table = [header, header.map(() => '---'), ...rows]
  .map((row) => `| ${row.join(' | ')} |`)
  .join('\n');
const { version } = JSON.parse(
  readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
) as { version: string };
const chromium = execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'])
  .toString()
  .trim();
const date = new Date().toLocaleDateString('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const about = `Lighthouse ${version}, cấu hình điện thoại (mặc định: giả lập máy tầm trung, mạng 4G chậm), ${chromium}, ngày ${date}.`;
const remaining = problems.length
  ? `\n\nCòn trừ điểm:\n\n${problems.map((problem) => `- ${problem}`).join('\n')}`
  : '';

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  join(root, 'reports/lighthouse.md'),
  `# Điểm Lighthouse (npm run lighthouse)\n\n${about}\n\n${table}${remaining}\n`,
);
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
writeFileSync(
  readmePath,
  readme.replace(
    /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/,
    `<!-- lighthouse:start -->\n${about}\n\n${table}\n<!-- lighthouse:end -->`,
  ),
);
console.log(
  `\n${table}${remaining}\n\nĐã ghi reports/lighthouse.md và mục "Hiệu năng" trong README.md.`,
);
