import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages, readPage } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { STATUS_NAMES } from '../support/statuses.ts';

/** The committed progress data, read here on its own (not through the site's code). */
interface Point {
  period: string;
  value: number;
  numerator?: number;
  denominator?: number;
  estimate?: boolean;
  sample: boolean;
}
interface Series {
  measure: string;
  unit?: string;
  points?: Point[];
  derivedFrom?: string;
}
const dataDir = join(process.cwd(), 'content', 'tien-do');
const files = (readdirSync(dataDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    target: f
      .replace(/\.json$/, '')
      .split(/[\\/]/)
      .join('/'),
    series: (JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as { series: Series[] }).series,
  }));
/** Entries of content/chi-tieu/: a target's page is under /chi-tieu/, a tracked aim's under /theo-doi/. */
const entries = (
  readdirSync(join(process.cwd(), 'content', 'chi-tieu'), { recursive: true }) as string[]
)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const id = f
      .replace(/\.mdx$/, '')
      .split(/[\\/]/)
      .join('/');
    const tracked = /^kind: tracked$/m.test(
      readFileSync(join(process.cwd(), 'content', 'chi-tieu', f), 'utf8'),
    );
    return { id, page: `/${tracked ? 'theo-doi' : 'chi-tieu'}/${id}/` };
  });
const targetIds = entries.map((entry) => entry.id);
const pageOf = (id: string) => entries.find((entry) => entry.id === id)!.page;

/** A rate as a Vietnamese reader reads it: 96.4 → "96,4 %" (textOf folds the no-break space). */
const shown = (isRate: boolean, value: number) =>
  isRate ? `${String(value).replace('.', ',')} %` : String(value);
/** Points in time order: a year's halves come before the year (whose last day is later). */
const inOrder = (points: Point[]) => {
  const key = (p: Point) =>
    Number(p.period.slice(0, 4)) * 10 +
    (p.period.endsWith('H1') ? 1 : p.period.endsWith('H2') ? 2 : 3);
  return [...points].sort((a, b) => key(a) - key(b));
};
const isRateMeasure = (measure: string) => measure.startsWith('ty-le');

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
      .slice(0, -1);
  const keys = split(header!);
  return rows.map((row) =>
    Object.fromEntries(split(row).map((value, i) => [keys[i] ?? '', value])),
  );
}

describe('progress of each target as published', () => {
  beforeAll(assertBuilt);

  it('has data files to check, for both plans', () => {
    expect(files.map((f) => f.target.split('/')[0])).toEqual(
      expect.arrayContaining(['lao-cai-03-kh-ccb', 'lai-chau-16-kh-tu']),
    );
  });

  it('gives every target a chart, a table, a trend caption and downloads', () => {
    for (const target of targetIds) {
      const page = loadPage(pageOf(target));
      const figure = page.querySelector('figure.progress-figure');
      expect(figure, target).not.toBeNull();
      expect(figure!.querySelector('[role="img"][aria-label] svg'), target).not.toBeNull();
      expect(textOf(figure!.querySelector('figcaption')).length, target).toBeGreaterThan(40);
      expect(page.querySelector('table[data-progress-table]'), target).not.toBeNull();
      expect(
        page.querySelectorAll('[data-downloads] a[href$=".csv"], [data-downloads] a[href$=".json"]')
          .length,
        target,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  for (const file of files) {
    for (const series of file.series.filter((s) => s.points)) {
      describe(`${file.target} · ${series.measure} · ${series.unit}`, () => {
        const rate = isRateMeasure(series.measure);

        it('the table holds exactly these values, each next to its milestone', () => {
          const section = loadPage(pageOf(file.target)).querySelector(
            `section[data-measure="${series.measure}"]`,
          )!;
          const rows = [...section.querySelectorAll(`tr[data-unit="${series.unit}"]`)];
          expect(rows.map((r) => r.getAttribute('data-period'))).toEqual(
            expect.arrayContaining(series.points!.map((p) => p.period)),
          );
          expect(rows).toHaveLength(series.points!.length);
          for (const point of series.points!) {
            const row = rows.find((r) => r.getAttribute('data-period') === point.period)!;
            const cells = [...row.querySelectorAll('td')].map(textOf);
            expect(cells).toContain(shown(rate, point.value));
            // The milestone in force, in short ("≥ 96 %", "> 75 % (hạn 2025)"), its signs explained
            // under the table, and "*" where the editors set the number the text does not state.
            const milestone = textOf(row.querySelector('td.milestone'));
            expect(milestone).toMatch(
              /^(≥|>) \d+(,\d+)?( %)?\*?( \(hạn \d{4}\)| \(cả nhiệm kỳ\))?$/,
            );
            const notes = textOf(section.querySelector('[data-table-notes]'));
            expect(notes).toContain(
              milestone.startsWith('≥') ? '“≥” là “từ … trở lên”' : '“>” là “trên”',
            );
            if (milestone.includes('*')) expect(notes).toContain('mốc do ban biên tập đặt');
            if (point.sample) expect(cells.join(' ')).toContain('Số liệu minh họa');
            // An estimate is never judged: its row says so instead of a verdict.
            if (point.estimate) {
              expect(cells.join(' ')).toContain('Số ước');
              expect(cells.some((c) => /^Chưa đánh giá \((số ước|số cộng chung)\)$/.test(c))).toBe(
                true,
              );
            }
            // No sample value is ever called "Đạt": its verdict is an illustration.
            if (point.sample) expect(cells).not.toContain('✔ Đạt');
          }
          expect(section.querySelector('[data-sample-notice]')).not.toBeNull();
        });

        it('the caption states the first and the latest value', () => {
          const caption = textOf(
            loadPage(pageOf(file.target)).querySelector(
              `section[data-measure="${series.measure}"] figcaption`,
            ),
          );
          const sorted = inOrder(series.points!);
          expect(caption).toContain(shown(rate, sorted[0]!.value));
          expect(caption).toContain(shown(rate, sorted.at(-1)!.value));
        });

        it('the CSV and JSON downloads carry exactly these numbers and the sample flag', () => {
          const base = join(distDir, 'du-lieu', 'tien-do', file.target, series.measure);
          const csv = parseCsv(readFileSync(`${base}.csv`, 'utf8')).filter(
            (row) => row.ma_don_vi === series.unit,
          );
          const json = (
            JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { rows: Record<string, unknown>[] }
          ).rows.filter((row) => row.unit === series.unit);
          expect(csv.map((row) => [row.ky, Number(row.gia_tri), row.so_lieu_minh_hoa])).toEqual(
            inOrder(series.points!).map((p) => [p.period, p.value, p.sample ? 'có' : 'không']),
          );
          expect(
            json.map((row) => [row.period, row.value, row.numerator, row.denominator, row.sample]),
          ).toEqual(
            inOrder(series.points!).map((p) => [
              p.period,
              p.value,
              p.numerator ?? null,
              p.denominator ?? null,
              p.sample,
            ]),
          );
        });
      });
    }
  }

  it('shows the break of 01/07/2025 in the table where a series crosses it', () => {
    const page = loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/');
    expect(
      textOf(page.querySelector('section[data-measure="ty-le-tap-hop"] tr.unit-break')),
    ).toContain('01/07/2025');
    // The sign never wraps away from its number.
    expect(readPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/')).toContain('96,4\u00a0%');
  });

  it('publishes the method page and links to it from every target page', () => {
    const method = loadPage('/phuong-phap-danh-gia/');
    expect(textOf(method.querySelector('h1'))).toBe('Phương pháp đánh giá');
    for (const status of STATUS_NAMES)
      expect(textOf(method.querySelector('main'))).toContain(status);
    for (const target of targetIds)
      expect(
        loadPage(pageOf(target)).querySelector('a[href="/phuong-phap-danh-gia/"]'),
        target,
      ).not.toBeNull();
  });

  it('shows every target at a glance on "Tiến độ" and on each plan page, with the sample banner', () => {
    const overview = loadPage('/tien-do/');
    const cards = [...overview.querySelectorAll('[data-progress-overview] li.overview-card')];
    expect(new Set(cards.map((c) => c.getAttribute('data-target')))).toEqual(new Set(targetIds));
    expect(overview.querySelector('[data-progress-overview] [data-sample-notice]')).not.toBeNull();
    for (const card of cards)
      expect(card.querySelector('.status-badge'), card.getAttribute('data-target')!).not.toBeNull();
    // 2.4: the 2026 estimate (97,9 %) is shown but not judged; 2025 (97,6 %) is judged against “96% trở lên”.
    const stepped = cards.find((c) => c.getAttribute('data-measure') === 'ty-le-tap-hop')!;
    expect(textOf(stepped.querySelector('[data-latest]'))).toContain('97,6 % (2025)');
    expect(textOf(stepped.querySelector('[data-pending]'))).toBe(
      '97,9 % (2026, số ước): chưa đánh giá',
    );
    expect(textOf(stepped)).toContain('“96% trở lên” cuối mỗi năm, từ 2022 đến 2025');
    // Sample figures: an illustration, never a verdict.
    expect(textOf(stepped.querySelector('.status-badge'))).toContain('Minh họa, không đánh giá');
    const plan = loadPage('/ke-hoach/lai-chau-16-kh-tu/');
    const laiChau = [...plan.querySelectorAll('[data-progress-overview] li.overview-card')];
    expect(
      laiChau.map((c) => [c.getAttribute('data-target'), c.getAttribute('data-kind')]),
    ).toEqual([['lai-chau-16-kh-tu/lam-viec-voi-hoi', 'tracked']]);
    expect(textOf(plan.querySelector('[data-progress-overview] h2'))).toBe(
      'Việc ban biên tập theo dõi (văn bản không đặt chỉ tiêu)',
    );
  });

  it('sums the same cards up by status on the home page, plan by plan, with a link to "Tiến độ"', () => {
    const home = loadPage('/');
    const summary = home.querySelector('[data-progress-summary]')!;
    expect(summary.querySelector('a[href="/tien-do/"]')).not.toBeNull();
    expect(summary.querySelector('[data-sample-notice]')).not.toBeNull();
    const overview = loadPage('/tien-do/');
    for (const plan of summary.querySelectorAll('li[data-plan]')) {
      const planId = plan.getAttribute('data-plan')!;
      const statuses = [
        ...overview.querySelectorAll(`#tien-do-${planId} ~ ul li.overview-card .status-badge`),
      ].map((badge) => badge.getAttribute('data-status'));
      expect(statuses.length, planId).toBeGreaterThan(0);
      const shown: Record<string, number> = {};
      for (const item of plan.querySelectorAll('[data-status-count]'))
        shown[item.getAttribute('data-status-count')!] = Number(/(\d+)$/.exec(textOf(item))?.[1]);
      const expected: Record<string, number> = {};
      for (const status of statuses) expected[status!] = (expected[status!] ?? 0) + 1;
      expect(shown, planId).toEqual(expected);
    }
  });

  it('loads no chart code on pages without an interactive chart, and keeps the chart bundle under 60 KB gzip', () => {
    for (const path of listPages()) {
      const html = readPage(path);
      if (html.includes('<progress-chart')) continue;
      expect(html, path).not.toMatch(/MeasureProgressChart|interactive\.[\w-]+\.js/);
    }
    const assets = readdirSync(join(distDir, '_astro')).filter(
      (f) => f.startsWith('interactive.') && f.endsWith('.js'),
    );
    expect(assets).toHaveLength(1);
    expect(gzipSync(readFileSync(join(distDir, '_astro', assets[0]!))).length).toBeLessThanOrEqual(
      60 * 1024,
    );
  });
});
