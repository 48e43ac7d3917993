import { describe, expect, it } from 'vitest';
import { editUrl, issueUrl, pageSourceCandidates } from '../../src/lib/source-links.ts';

describe('links to the source and the issue tracker', () => {
  it('opens the web editor of GitHub and GitLab on the main branch', () => {
    expect(
      editUrl(
        'https://github.com/hoi-ccb/trang-web',
        'content/nhiem-vu/lao-cai-03-kh-ccb/iii-1.mdx',
      ),
    ).toBe(
      'https://github.com/hoi-ccb/trang-web/edit/main/content/nhiem-vu/lao-cai-03-kh-ccb/iii-1.mdx',
    );
    expect(
      editUrl('https://gitlab.com/hoi-ccb/trang-web.git', 'src/pages/ke-hoach/[plan].astro'),
    ).toBe('https://gitlab.com/hoi-ccb/trang-web/-/edit/main/src/pages/ke-hoach/%5Bplan%5D.astro');
  });

  it('fills a new issue with the page title and address', () => {
    const url = new URL(
      issueUrl(
        'https://github.com/hoi-ccb/trang-web/',
        'Nhiệm vụ 1',
        'https://ccb.example.vn/nhiem-vu/x/',
      ),
    );
    expect(url.pathname).toBe('/hoi-ccb/trang-web/issues/new');
    expect(url.searchParams.get('title')).toBe('Báo lỗi: Nhiệm vụ 1');
    expect(url.searchParams.get('body')).toContain('https://ccb.example.vn/nhiem-vu/x/');
    expect(
      new URL(issueUrl('https://gitlab.com/a/b', 'T', 'u')).searchParams.get('issue[title]'),
    ).toBe('Báo lỗi: T');
  });

  it('finds the page file for routes without content', () => {
    expect(pageSourceCandidates('/')).toEqual(['src/pages/index.astro']);
    expect(pageSourceCandidates('/ke-hoach/[plan]')[0]).toBe('src/pages/ke-hoach/[plan].astro');
    expect(pageSourceCandidates('/ke-hoach')).toContain('src/pages/ke-hoach/index.astro');
  });
});
