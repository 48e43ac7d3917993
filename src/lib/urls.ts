import { FACET_SLUGS, type Facet } from './models/facets.ts';

/** Every internal link goes through here, so the site works at a domain root and under a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "ke-hoach/x/" → "/base/ke-hoach/x/". */
export function sitePath(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const planPath = (id: string) => sitePath(`ke-hoach/${id}/`);
export const taskPath = (id: string) => sitePath(`nhiem-vu/${id}/`);
export const targetPath = (id: string) => sitePath(`chi-tieu/${id}/`);
export const themePath = (id: string) => sitePath(`chu-de/${id}/`);
export const modelPath = (id: string) => sitePath(`mo-hinh/${id}/`);
export const modelFacetPath = (facet: Facet, value: string) =>
  sitePath(`mo-hinh/${FACET_SLUGS[facet]}/${value}/`);
export const storyPath = (id: string) => sitePath(`cau-chuyen/${id}/`);
export const teacherPath = (path = '') => sitePath(`giao-vien/${path}`);
