/**
 * The filters the search page offers and the order of their values. Only the filter box uses
 * this (it loads when the reader opens "Lọc kết quả").
 */

/** Filter keys, in the order the search page shows them, with their Vietnamese names. */
export const FILTERS = {
  kind: 'Loại nội dung',
  province: 'Tỉnh',
  year: 'Năm',
  field: 'Lĩnh vực',
  age: 'Lứa tuổi',
} as const;
export type FilterKey = keyof typeof FILTERS;

/** Kinds of page, in the order the kind filter lists them; new kinds append here. */
export const KINDS = [
  'Kế hoạch',
  'Nhiệm vụ',
  'Chỉ tiêu',
  'Chủ đề',
  'Mô hình',
  'Câu chuyện',
  'Phương pháp',
  'Việc theo dõi',
  'Tiến độ',
  'Cho giáo viên',
  'Danh sách',
  'Trang chủ',
] as const;

/** Filter keys present in the index, in display order. */
export function orderedFilters(keys: Iterable<string>): FilterKey[] {
  const present = new Set(keys);
  return (Object.keys(FILTERS) as FilterKey[]).filter((key) => present.has(key));
}

/** Values of one filter in reading order: kinds as listed in KINDS, years newest first, others alphabetical. */
export function orderedValues(key: FilterKey, values: Iterable<string>): string[] {
  const all = [...values];
  if (key === 'year') return all.sort((a, b) => Number(b) - Number(a));
  if (key === 'kind') {
    const rank = (value: string) => {
      const index = (KINDS as readonly string[]).indexOf(value);
      return index === -1 ? KINDS.length : index;
    };
    return all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'));
  }
  return all.sort((a, b) => a.localeCompare(b, 'vi'));
}
