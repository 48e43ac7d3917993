import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { parsePolicy } from '../../src/lib/csp.ts';

const SITE = 'http://localhost:4321';

describe('what search engines, link previews and hosts get', () => {
  assertBuilt();
  const pages = listPages().filter((page) => page !== '/404.html');

  it('every page names its canonical address and has Open Graph tags', () => {
    for (const page of pages) {
      const document = loadPage(page);
      const meta = (property: string) =>
        document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(
        `${SITE}${page}`,
      );
      expect(meta('og:url'), page).toBe(`${SITE}${page}`);
      expect(meta('og:title'), page).toBe(textOf(document.querySelector('title')));
      expect(meta('og:description'), page).toBeTruthy();
      expect(meta('og:locale')).toBe('vi_VN');
    }
  });

  it('every page carries a Content-Security-Policy that allows nothing from other sites', () => {
    for (const page of listPages()) {
      const csp =
        loadPage(page)
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '';
      expect(csp, page).toContain("default-src 'self'");
      expect(csp, page).toMatch(/script-src 'self'/);
      expect(csp, page).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it("hosts that read _headers send the pages' own policy, plus frame-ancestors, never unsafe-inline", () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    // The site-wide rule; the editing page's own rule (/admin/*) is tested in admin-page.test.ts.
    const siteRule = headers.split(/^(?=\/)/m).find((rule) => rule.startsWith('/*\n')) ?? '';
    const header = parsePolicy(siteRule.match(/^ {2}Content-Security-Policy: (.+)$/m)?.[1] ?? '');
    const pages = listPages().map((page) =>
      parsePolicy(
        loadPage(page)
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '',
      ),
    );
    expect(pages.length).toBeGreaterThan(50);
    // Every directive of every page, with each source any page allows, and nothing else…
    const expected = new Map<string, Set<string>>();
    for (const policy of pages)
      for (const [name, sources] of policy)
        expected.set(name, new Set([...(expected.get(name) ?? []), ...sources]));
    const { 'frame-ancestors': frameAncestors, ...rest } = Object.fromEntries(header);
    expect(
      new Map(Object.entries(rest).map(([name, sources]) => [name, new Set(sources)])),
    ).toEqual(expected);
    // …plus what a <meta> policy cannot say.
    expect(frameAncestors).toEqual(["'none'"]);
    expect(siteRule).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(siteRule).toMatch(/^ {2}X-Frame-Options: DENY$/m);
    expect(siteRule).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
  });

  it('the sitemap lists every page once, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => m[1]!.replace(SITE, ''))
      .sort();
    expect(listed).toEqual(pages);
    expect(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8')).toContain(
      `${SITE}/sitemap-0.xml`,
    );
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap-index.xml`,
    );
  });

  it('a missing address gets a Vietnamese "not found" page that leads back and is not indexed', () => {
    const document = loadPage('/404.html');
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    expect(textOf(document.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(document.querySelector('main a[href="/"]')).not.toBeNull();
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('without a repository in trang-web.yaml, no page shows "Sửa trang này" or "Báo lỗi"', () => {
    for (const page of listPages()) {
      const text = textOf(loadPage(page).body);
      expect(text, page).not.toContain('Sửa trang này');
      expect(text, page).not.toContain('Báo lỗi');
    }
  });
});
