import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../support/build.ts';
import { fingerprint, listPages } from '../support/dist.ts';
import { fillIn } from '../support/fill-in.ts';
import { checkSiteLinks, linksOf } from '../support/links.ts';
import { parseHTML } from 'linkedom';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

const read = (dir: string, page: string) =>
  readFileSync(
    join(dir, page.replace(/^\//, ''), page.endsWith('.html') ? '' : 'index.html'),
    'utf8',
  );

describe('the site under a sub-path (GitHub Pages: https://<owner>.github.io/<repo>/)', () => {
  let dir: string;
  let site: StaticSite;
  beforeAll(async () => {
    dir = await buildVariant('subpath', {
      SITE_BASE: '/ccb/',
      SITE_URL: 'https://hoi-ccb.github.io',
    });
    site = await serveStatic(dir, '/ccb/');
  });
  afterAll(() => site?.close());

  it('every internal link and anchor resolves under /ccb/ when served', async () => {
    const { broken, checked } = checkSiteLinks(dir, site.origin, '/ccb/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    const internal = new Set<string>();
    for (const page of listPages(dir)) {
      const pageUrl = new URL(`/ccb${page}`, site.origin);
      for (const { href } of linksOf(read(dir, page))) {
        const url = new URL(href, pageUrl);
        if (url.origin === site.origin) internal.add(url.pathname);
      }
    }
    for (const path of internal) {
      expect(path, path).toMatch(/^\/ccb\//);
      expect((await fetch(`${site.origin}${path}`)).status, path).toBe(200);
    }
  });

  it('canonical addresses, sitemap and robots.txt carry the sub-path', () => {
    const { document } = parseHTML(read(dir, '/ke-hoach/'));
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://hoi-ccb.github.io/ccb/ke-hoach/',
    );
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://hoi-ccb.github.io/ccb/sitemap-index.xml',
    );
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://hoi-ccb.github.io/ccb/nhiem-vu/lao-cai-03-kh-ccb/iii-1/</loc>',
    );
  });

  it('an unknown address under the sub-path gets the Vietnamese "not found" page, with working links', async () => {
    const response = await fetch(`${site.url}khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    const { document } = parseHTML(await response.text());
    expect(document.querySelector('h1')?.textContent).toBe('Không tìm thấy trang');
    expect(document.querySelector('main a')?.getAttribute('href')).toBe('/ccb/');
  });
});

describe('deterministic builds', () => {
  it('two builds of the same commit give identical bytes', async () => {
    const first = fingerprint(await buildVariant('repeat-a'));
    const second = fingerprint(await buildVariant('repeat-b'));
    expect(Object.keys(first).length).toBeGreaterThan(40);
    expect(second).toEqual(first);
  });
});

describe('an editor adds content with npm run new, checks it and publishes it', () => {
  const root = resolve('dist-editor-content');
  const contentDir = 'dist-editor-content/content';
  const env = { ...process.env, SITE_CONTENT_DIR: contentDir };
  const run = (script: string, args: string[] = []) =>
    spawnSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8', env, input: '' });
  let dir: string;
  let checkOutput: string;

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    cpSync('content', contentDir, { recursive: true });
    const config = join(contentDir, 'trang-web.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'repository: null',
        'repository: "https://github.com/hoi-ccb/trang-web"',
      ),
    );
    const made = [
      run('scripts/new.ts', [
        'task',
        '--plan',
        'lao-cai-03-kh-ccb',
        '--number',
        'III.7',
        '--title',
        'Nhiệm vụ thử: “Sổ tay số”',
        '--themes',
        'cong-nghe-chuyen-doi-so',
        '--responsible',
        'Các cấp Hội',
        '--text',
        '7\\. Các cấp Hội thử nghiệm sổ tay số.',
      ]),
      run('scripts/new.ts', ['unit', '--title', 'xã Bản Thử', '--parent', 'lao-cai']),
      run('scripts/new.ts', [
        'story',
        '--title',
        'Mùa xuân trên đồi cột mốc',
        '--themes',
        'giao-duc-the-he-tre',
        '--tasks',
        'lai-chau-16-kh-tu/ii-4',
        '--published',
        '20/11/2026',
      ]),
      // A year of figures: the measure is the target's only one, the unit and period those after the last point.
      run('scripts/new.ts', ['progress', '--target', 'lao-cai-03-kh-ccb/ii-2-5']),
    ];
    for (const result of made) expect(result.status, result.stderr).toBe(0);
    expect(made[3]!.stdout).toContain('"sample": phải là false với số liệu thật');
    const unfilled = run('scripts/check.ts');
    expect(unfilled.status).toBe(1);
    expect(unfilled.stderr + unfilled.stdout).toMatch(
      /tien-do\/lao-cai-03-kh-ccb\/ii-2-5\.json, dòng \d+: còn chỗ "VIỆC CẦN LÀM"/,
    );
    // The editor fills in every "VIỆC CẦN LÀM" of the new story and the new point.
    for (const file of [
      'cau-chuyen/mua-xuan-tren-doi-cot-moc.mdx',
      'tien-do/lao-cai-03-kh-ccb/ii-2-5.json',
    ]) {
      writeFileSync(join(contentDir, file), fillIn(readFileSync(join(contentDir, file), 'utf8')));
    }
    // As the printed next step says: place the task in its plan.
    const plan = join(contentDir, 'ke-hoach/lao-cai-03-kh-ccb.mdx');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        '<Task id="lao-cai-03-kh-ccb/iii-6" />',
        '<Task id="lao-cai-03-kh-ccb/iii-6" />\n\n<Task id="lao-cai-03-kh-ccb/iii-7" />',
      ),
    );
    const check = run('scripts/check.ts');
    checkOutput = `${check.stdout}${check.stderr}`;
    expect(check.status, checkOutput).toBe(0);
    dir = await buildVariant('editor', { SITE_CONTENT_DIR: contentDir });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the new story is published without the sample banner', () => {
    const { document } = parseHTML(read(dir, '/cau-chuyen/mua-xuan-tren-doi-cot-moc/'));
    expect(document.querySelector('h1')?.textContent).toBe('Mùa xuân trên đồi cột mốc');
    expect(document.querySelector('[data-sample-notice]')).toBeNull();
  });

  it('the new progress figure is published in the target’s data download, with its source', () => {
    const data = JSON.parse(
      readFileSync(
        join(dir, 'du-lieu/tien-do/lao-cai-03-kh-ccb/ii-2-5/ty-le-hoan-thanh-tot-nhiem-vu.json'),
        'utf8',
      ),
    ) as { rows: Record<string, unknown>[] };
    const row = data.rows.find((r) => r.period === '2026');
    expect(row).toMatchObject({
      unit: 'lao-cai',
      value: 50,
      numerator: 1,
      denominator: 2,
      estimate: false,
      sample: false,
    });
    expect(row?.source).toContain('15/12/2026');
  });

  it('the new task passes npm run check and has its page', () => {
    expect(checkOutput).toContain('Nội dung hợp lệ');
    const { document } = parseHTML(read(dir, '/nhiem-vu/lao-cai-03-kh-ccb/iii-7/'));
    expect(document.querySelector('h1')?.textContent).toBe('Nhiệm vụ thử: “Sổ tay số”');
    expect(document.body.textContent).toContain('7. Các cấp Hội thử nghiệm sổ tay số.');
  });

  it('with a repository configured, every page links "Sửa trang này" to its source and "Báo lỗi" to the tracker', () => {
    for (const page of listPages(dir)) {
      const { document } = parseHTML(read(dir, page));
      const links = Object.fromEntries(
        [...document.querySelectorAll('[data-source-links] a')].map((a) => [
          a.textContent.trim(),
          a.getAttribute('href'),
        ]),
      );
      expect(links['Báo lỗi'], page).toMatch(
        /^https:\/\/github\.com\/hoi-ccb\/trang-web\/issues\/new\?title=/,
      );
      if (page !== '/404.html')
        expect(links['Sửa trang này'], page).toMatch(
          /^https:\/\/github\.com\/hoi-ccb\/trang-web\/edit\/main\//,
        );
    }
    const { document } = parseHTML(read(dir, '/nhiem-vu/lao-cai-03-kh-ccb/iii-7/'));
    const edit = [...document.querySelectorAll('[data-source-links] a')].find(
      (a) => a.textContent.trim() === 'Sửa trang này',
    );
    expect(edit?.getAttribute('href')).toMatch(
      /\/edit\/main\/.*content\/nhiem-vu\/lao-cai-03-kh-ccb\/iii-7\.mdx$/,
    );
  });
});
