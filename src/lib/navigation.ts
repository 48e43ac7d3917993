import { sitePath } from './urls.ts';

/** The site's main sections, in menu order. `path` is relative to the site root. */
export interface NavItem {
  label: string;
  path: string;
}

export const mainNavigation: readonly NavItem[] = [
  { label: 'Trang chủ', path: '' },
  { label: 'Kế hoạch', path: 'ke-hoach/' },
  { label: 'Nhiệm vụ', path: 'nhiem-vu/' },
  { label: 'Chỉ tiêu', path: 'chi-tieu/' },
  { label: 'Tiến độ', path: 'tien-do/' },
  { label: 'Chủ đề', path: 'chu-de/' },
  { label: 'Mô hình Dân vận khéo', path: 'mo-hinh/' },
  { label: 'Chuyện kể cựu chiến binh', path: 'cau-chuyen/' },
  { label: 'Cho giáo viên', path: 'giao-vien/' },
];

/** The lists that lead to every page: the main sections without the home page. */
export const sectionLists: readonly NavItem[] = mainNavigation.filter((item) => item.path !== '');

/** Whether the page at `pathname` lies in the section: the home page only for itself. */
export function isInSection(sectionPath: string, pathname: string): boolean {
  const href = sitePath(sectionPath);
  return sectionPath === '' ? pathname === href : pathname.startsWith(href);
}

/** The <title>: the site's name alone on the home page, "<page> – <site>" elsewhere. */
export function documentTitle(pageTitle: string, siteName: string, pathname: string): string {
  return pathname === sitePath() ? siteName : `${pageTitle} – ${siteName}`;
}
