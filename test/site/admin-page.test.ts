import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADMIN_CSP, ADMIN_CSP_DIRECTIVES, GIT_HOST_API } from '../../src/lib/csp.ts';
import { assertBuilt, distDir, listPages, readPage } from '../../scripts/support/dist.ts';
import { loadPage } from '../support/dom.ts';

/**
 * The built editing page (/admin/) as a static host serves it: for editors only (noindex, not in
 * the sitemap nor the search index), its own policy allowing only our site and GitHub's API, all
 * its files from our own site, and none of it on any reader page.
 */
assertBuilt();

const adminFiles = (readdirSync(join(distDir, 'admin'), { recursive: true }) as string[]).filter(
  (file) => statSync(join(distDir, 'admin', file)).isFile(),
);

describe('the editing page (/admin/) as built', () => {
  it('is kept out of search engines, the sitemap and the site search', () => {
    const page = loadPage('/admin/');
    expect(page.documentElement.getAttribute('lang')).toBe('vi');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
    // The search index takes only pages marking their text with data-pagefind-body.
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(listPages().some((path) => readPage(path).includes('data-pagefind-body'))).toBe(true);
    expect(listPages()).not.toContain('/admin/');
  });

  it('carries its own policy: our site and GitHub’s API, nothing else, in the page and in _headers', () => {
    const csp = loadPage('/admin/')
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute('content');
    expect(csp).toBe(ADMIN_CSP);
    const origins = ADMIN_CSP_DIRECTIVES.flatMap((d) => d.match(/https?:\/\/[^\s;]+/g) ?? []);
    expect(new Set(origins)).toEqual(new Set([GIT_HOST_API]));
    expect(csp).not.toMatch(/\*|'unsafe-eval'/);

    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    const rule = headers.split(/^(?=\/)/m).find((r) => r.startsWith('/admin/*\n')) ?? '';
    expect(rule).toContain('  ! Content-Security-Policy\n');
    expect(rule.match(/^ {2}Content-Security-Policy: (.+)$/m)?.[1]).toBe(
      `${ADMIN_CSP}; frame-ancestors 'none'`,
    );
    expect(rule).toMatch(/^ {2}X-Robots-Tag: noindex, nofollow$/m);
  });

  it('loads every script and style from our own site, Sveltia CMS included', () => {
    const page = loadPage('/admin/');
    const sources = [...page.querySelectorAll('script[src], link[href]')].map(
      (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '',
    );
    expect(sources).toEqual([
      './admin.css',
      './config.yml',
      './before-cms.js',
      './sveltia-cms.js',
      './start-cms.js',
    ]);
    const script = readFileSync(join(distDir, 'admin', 'sveltia-cms.js'), 'utf8');
    expect(script).not.toContain('cdn.jsdelivr.net');
    expect(script).not.toMatch(/`https:\/\/unpkg\.com\/\$\{/);
    expect(adminFiles).toEqual(
      expect.arrayContaining([
        'vi.json',
        'fonts/icons.woff2',
        'vendor/immutable@5.1.9/dist/immutable.es.js',
      ]),
    );
  });

  it('is not on any reader page: no link, no script of Sveltia’s', () => {
    for (const page of listPages()) {
      const html = readPage(page);
      expect(html, page).not.toMatch(/sveltia|\/admin\//i);
    }
    const bundles = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    for (const bundle of bundles)
      expect(readFileSync(join(distDir, '_astro', bundle), 'utf8'), bundle).not.toMatch(/sveltia/i);
  });

  it('offers forms for models, stories, progress, units, themes and settings, never for official texts', () => {
    const config = parse(readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8')) as {
      publish_mode: string;
      backend: { name: string; auth_methods: string[] };
      collections: { folder?: string; files?: { file: string }[] }[];
    };
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', auth_methods: ['token'] });
    const paths = config.collections.flatMap((c) =>
      c.folder ? [c.folder] : (c.files ?? []).map((f) => f.file),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'content/cau-chuyen',
        'content/mo-hinh',
        'content/tien-do/lao-cai-03-kh-ccb/ii-2-5.json',
        'content/don-vi.yaml',
        'content/chu-de.yaml',
        'content/trang-web.yaml',
      ]),
    );
    expect(paths.filter((p) => /ke-hoach|nhiem-vu|chi-tieu/.test(p))).toEqual([]);
  });

  it('reports its weight: Sveltia’s script is the bulk, and only editors download it', () => {
    const total = adminFiles.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(distDir, 'admin', file))).length,
      0,
    );
    const script = gzipSync(readFileSync(join(distDir, 'admin', 'sveltia-cms.js'))).length;
    // About 0.6 MB of JavaScript and 0.75 MB of icon font (compressed): a one-time download for
    // editors, cached by the browser. A jump means an upgrade brought more; look before accepting.
    expect(script).toBeLessThan(800 * 1024);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});
