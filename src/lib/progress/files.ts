import { sitePath } from '../urls.ts';

/** Where the downloads and small charts of a measure are published. */
export const progressFilePath = (
  targetId: string,
  measureId: string,
  extension: 'csv' | 'json' | 'svg',
) => `du-lieu/tien-do/${targetId}/${measureId}.${extension}`;
export const progressFileUrl = (
  targetId: string,
  measureId: string,
  extension: 'csv' | 'json' | 'svg',
) => sitePath(progressFilePath(targetId, measureId, extension));
export const methodPath = () => sitePath('phuong-phap-danh-gia/');

/** Id of a measure's section on its target page ("tien-do-ty-le-tap-hop"), the anchor cards link to. */
export const measureAnchor = (measureId: string) => `tien-do-${measureId}`;
