import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, SUB_PATH_SITE } from '../support/build.ts';
import { listPages } from '../../scripts/support/dist.ts';
import { npm } from '../support/npm.ts';
import { LOCAL_ADDRESS } from '../../src/lib/public-address.ts';
import { fillIn } from '../support/fill-in.ts';
import { checkSiteLinks, linksOf } from '../support/links.ts';
import { parseHTML } from 'linkedom';
import { serveStatic, type StaticSite } from '../../scripts/support/static-server.ts';

/**
 * The address local builds use (`npm start`, `npm test`), which no published file may name. Not any
 * "localhost": the editing page's own code and messages mention it (Sveltia CMS works on localhost).
 */
const LOCAL_NAMES = /\/\/(localhost|127\.0\.0\.1):4321/;

/** Files of a built site whose text matches. */
const filesNaming = (dir: string, pattern: RegExp) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        /\.(html|xml|txt|json|csv|js|css|svg|webmanifest)$|_headers$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => relative(dir, file));

const read = (dir: string, page: string) =>
  readFileSync(
    join(dir, page.replace(/^\//, ''), page.endsWith('.html') ? '' : 'index.html'),
    'utf8',
  );

describe('the site under a sub-path (GitHub Pages: https://<owner>.github.io/<repo>/)', () => {
  let dir: string;
  let site: StaticSite;
  beforeAll(async () => {
    dir = await sharedBuild('subpath', SUB_PATH_SITE);
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

  it('no published file names a local address', () => {
    expect(LOCAL_ADDRESS).toMatch(LOCAL_NAMES);
    expect(filesNaming(dir, LOCAL_NAMES)).toEqual([]);
  });

  it('an unknown address under the sub-path gets the Vietnamese "not found" page, with working links', async () => {
    const response = await fetch(`${site.url}khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    const { document } = parseHTML(await response.text());
    expect(document.querySelector('h1')?.textContent).toBe('Không tìm thấy trang');
    expect(document.querySelector('main a')?.getAttribute('href')).toBe('/ccb/');
  });
});

describe('a build for publishing (npm run build) without a public address', () => {
  it('stops before writing anything and says in Vietnamese where to set the address', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'ccb-no-address-')), 'dist');
    // The repository's settings have `url: null`; no SITE_URL either.
    expect(readFileSync('content/trang-web.yaml', 'utf8')).toMatch(/^url: null$/m);
    const build = npm(['run', 'build'], { env: { SITE_OUT_DIR: outDir, SITE_URL: '' } });
    expect(build.status).toBe(1);
    const message = stripVTControlCharacters(build.stderr);
    expect(message).toContain('[Địa chỉ trang] Chưa có địa chỉ công khai của trang');
    expect(message).toContain('trường "url" trong content/trang-web.yaml');
    expect(message).toContain('SITE_URL');
    expect(message).toContain('npm start');
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/Stack trace|AstroUserError|^\s+at /m);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('an editor adds content with npm run new, checks it with npm run check and publishes it with npm run build', () => {
  const root = resolve('dist-editor-content');
  const contentDir = 'dist-editor-content/content';
  const PUBLIC_URL = 'https://ccb.example.vn';
  /** An npm command as the guide writes it, on this test's copy of the content. */
  const run = (args: string[], env: Record<string, string> = {}) => {
    const result = npm(args, { env: { SITE_CONTENT_DIR: contentDir, ...env } });
    return { ...result, output: `${result.stdout}${result.stderr}` };
  };
  const newFile = (...args: string[]) => run(['run', 'new', '--', ...args]);
  const dir = resolve('dist-editor');
  let checkOutput: string;
  let buildOutput: string;

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    cpSync('content', contentDir, { recursive: true });
    // The site's public address and repository, set where the guide says (content/trang-web.yaml).
    const config = join(contentDir, 'trang-web.yaml');
    const settings = readFileSync(config, 'utf8');
    writeFileSync(
      config,
      settings
        .replace('repository: null', 'repository: "https://github.com/hoi-ccb/trang-web"')
        .replace(/^url: null$/m, `url: "${PUBLIC_URL}"`),
    );
    expect(readFileSync(config, 'utf8')).toContain(`url: "${PUBLIC_URL}"`);
    const made = [
      newFile(
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
      ),
      newFile('unit', '--title', 'xã Bản Thử', '--parent', 'lao-cai'),
      newFile(
        'story',
        '--title',
        'Mùa xuân trên đồi cột mốc',
        '--themes',
        'giao-duc-the-he-tre',
        '--tasks',
        'lai-chau-16-kh-tu/ii-4',
        '--published',
        '20/11/2026',
      ),
      // A year of figures: the measure is the target's only one, the unit and period those after the last point.
      newFile('progress', '--target', 'lao-cai-03-kh-ccb/ii-2-5'),
    ];
    for (const result of made) expect(result.status, result.output).toBe(0);
    expect(made[3]!.stdout).toContain('"sample": phải là false với số liệu thật');
    expect(made[3]!.stdout).toContain('chưa kết thúc vào ngày chốt số liệu');
    const unfilled = run(['run', 'check']);
    expect(unfilled.status).toBe(1);
    expect(unfilled.output).toMatch(
      /tien-do\/lao-cai-03-kh-ccb\/ii-2-5\.json, dòng \d+: còn chỗ "VIỆC CẦN LÀM"/,
    );
    // The editor fills in every "VIỆC CẦN LÀM" of the new story and the new point.
    for (const file of [
      'cau-chuyen/mua-xuan-tren-doi-cot-moc.mdx',
      'tien-do/lao-cai-03-kh-ccb/ii-2-5.json',
    ]) {
      writeFileSync(join(contentDir, file), fillIn(readFileSync(join(contentDir, file), 'utf8')));
    }
    // …and pastes a fenced block into the story (Shiki would colour it with inline styles).
    const story = join(contentDir, 'cau-chuyen/mua-xuan-tren-doi-cot-moc.mdx');
    writeFileSync(
      story,
      `${readFileSync(story, 'utf8')}\n\n\`\`\`js\nconst cotMoc = 79;\n\`\`\`\n`,
    );
    // The task is invented for the test, so its words are added to the plan's original, right
    // after task III.6's last line: `npm run check` holds every official text to its original.
    const original = join(contentDir, 'ke-hoach/nguon/lao-cai-03-kh-ccb.txt');
    const withTask = readFileSync(original, 'utf8').replace(
      /^binh Việt Nam\. {2}$/m,
      '$&\n7. Các cấp Hội thử nghiệm sổ tay số.',
    );
    expect(withTask).toContain('binh Việt Nam.  \n7. Các cấp Hội');
    writeFileSync(original, withTask);
    // As the printed next step says: place the task in its plan.
    const plan = join(contentDir, 'ke-hoach/lao-cai-03-kh-ccb.mdx');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        '<Task id="lao-cai-03-kh-ccb/iii-6" />',
        '<Task id="lao-cai-03-kh-ccb/iii-6" />\n\n<Task id="lao-cai-03-kh-ccb/iii-7" />',
      ),
    );
    const check = run(['run', 'check']);
    checkOutput = check.output;
    expect(check.status, checkOutput).toBe(0);
    // The publishing build, as a host runs it; SITE_URL empty so that the settings' url counts.
    const build = run(['run', 'build'], { SITE_OUT_DIR: dir, SITE_URL: '' });
    buildOutput = build.output;
    expect(build.status, buildOutput).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the build prints no warning, English or otherwise', () => {
    expect(buildOutput).toContain('Completed');
    const warnings = buildOutput
      .split('\n')
      .filter((line) => /\[WARN\]|warn(ing)?\b|MODULE_LEVEL_DIRECTIVE|deprecat/i.test(line));
    expect(warnings).toEqual([]);
  });

  it('every published address is the one in trang-web.yaml; no file names a local address', () => {
    const { document } = parseHTML(read(dir, '/cau-chuyen/mua-xuan-tren-doi-cot-moc/'));
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${PUBLIC_URL}/cau-chuyen/mua-xuan-tren-doi-cot-moc/`,
    );
    expect(readFileSync(join(dir, 'cau-chuyen/rss.xml'), 'utf8')).toContain(
      `<link>${PUBLIC_URL}/cau-chuyen/mua-xuan-tren-doi-cot-moc/</link>`,
    );
    expect(filesNaming(dir, LOCAL_NAMES)).toEqual([]);
  });

  it('a fenced block in a story is shown as plain code, with no inline style for the CSP to block', () => {
    const html = read(dir, '/cau-chuyen/mua-xuan-tren-doi-cot-moc/');
    const { document } = parseHTML(html);
    expect(document.querySelector('pre code')?.textContent).toBe('const cotMoc = 79;\n');
    expect(html).not.toMatch(/\sstyle="/);
  });

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
    // 2026 is not over on the day figures are current to (content/trang-web.yaml): `npm run new`
    // wrote it as an estimate, which is shown but never judged.
    expect(row).toMatchObject({
      unit: 'lao-cai',
      value: 50,
      numerator: 1,
      denominator: 2,
      estimate: true,
      sample: false,
      meetsMilestone: null,
      notJudged: 'số ước',
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
