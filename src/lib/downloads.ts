import { PAGE_SIZE } from './paging.ts';
import { sitePath } from './urls.ts';

/**
 * How a machine-readable download (du-lieu/*.json) that grows with the content is split (issue 16):
 * its address holds an index of the parts, and each part at most DATA_PART_SIZE records, so no file
 * grows past a few hundred kilobytes however many records there are.
 */

/** Records in one part of a download: as many as a page of a list shows. */
export const DATA_PART_SIZE = PAGE_SIZE;

/** The index at a download's address: how many records, and where each part is. */
export interface DownloadIndex {
  /** For a person opening the file, in Vietnamese. */
  note: string;
  total: number;
  partSize: number;
  parts: {
    /** Address of the part, from the site root (with the base path): "/du-lieu/mo-hinh/phan-1.json". */
    url: string;
    count: number;
  }[];
}

/** One part of a download, under the key its records always had ("models", "targets"). */
export interface DownloadPart<T> {
  /** The part's name in its address: "phan-1". */
  name: string;
  body: { part: number; parts: number; total: number } & Record<string, T[] | number>;
}

const partName = (number: number) => `phan-${number}`;

/** Address of part `number` of the download `name` ("mo-hinh"): /du-lieu/mo-hinh/phan-1.json. */
export const downloadPartPath = (name: string, number: number) =>
  sitePath(`du-lieu/${name}/${partName(number)}.json`);

/**
 * A download split into parts: `records` in their order, DATA_PART_SIZE a part, each part's
 * records under `key`; and the index listing the parts. An empty download has one empty part.
 */
export function splitDownload<T>(
  name: string,
  key: string,
  records: readonly T[],
  size = DATA_PART_SIZE,
): { index: DownloadIndex; parts: DownloadPart<T>[] } {
  const count = Math.max(1, Math.ceil(records.length / size));
  const parts = Array.from({ length: count }, (_, index) => ({
    name: partName(index + 1),
    body: {
      part: index + 1,
      parts: count,
      total: records.length,
      [key]: records.slice(index * size, (index + 1) * size),
    },
  }));
  return {
    index: {
      note: `Danh sách chia thành ${count} phần, mỗi phần tối đa ${size} bản ghi; tải từng phần theo địa chỉ "url" bên dưới.`,
      total: records.length,
      partSize: size,
      parts: parts.map((_, index) => ({
        url: downloadPartPath(name, index + 1),
        count: Math.min(size, records.length - index * size),
      })),
    },
    parts,
  };
}
