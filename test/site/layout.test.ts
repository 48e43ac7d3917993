import { beforeAll, describe, expect, it } from 'vitest';
import { readYamlList } from '../support/content-files.ts';
import { assertBuilt, listPages } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';

beforeAll(assertBuilt);

describe.each(listPages())('page %s', (path) => {
  const page = () => loadPage(path);

  it('is Vietnamese, has one main heading, a title and a working skip link', () => {
    const document = page();
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(document.querySelector('title')).length).toBeGreaterThan(5);
    const skip = document.querySelector('body a');
    expect(skip?.getAttribute('href')).toBe('#noi-dung');
    expect(document.getElementById('noi-dung')?.tagName).toBe('MAIN');
  });

  it('shows where it sits (breadcrumbs) unless it is the home page', () => {
    const crumbs = page().querySelector('nav[aria-label="Vị trí trang"]');
    if (path === '/' || path === '/404.html') expect(crumbs).toBeNull();
    else expect(crumbs?.querySelector('[aria-current="page"]')).not.toBeNull();
  });

  it('names who runs the site in the footer, with unknown values marked as such', () => {
    const footer = textOf(page().querySelector('footer'));
    for (const label of [
      'Cơ quan chủ quản',
      'Địa chỉ',
      'Điện thoại',
      'Thư điện tử',
      'Người chịu trách nhiệm nội dung',
    ])
      expect(footer).toContain(label);
    expect(footer).not.toMatch(/giấy phép/i);
  });
});

describe('site settings', () => {
  it('shows a visible placeholder for every footer value not yet known', () => {
    const settings = readYamlList('trang-web.yaml') as unknown as Record<string, string | null>;
    const unknown = ['publisher', 'address', 'phone', 'email', 'responsiblePerson'].filter(
      (key) => settings[key] === null,
    );
    expect(loadPage('/').querySelectorAll('footer .placeholder')).toHaveLength(unknown.length);
    if (settings.publisher === null)
      expect(textOf(loadPage('/').querySelector('main'))).toContain(
        'Đơn vị quản lý trang: chưa có thông tin',
      );
  });
});
