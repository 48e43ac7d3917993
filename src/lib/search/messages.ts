import { FILTERS, KINDS, type FilterKey } from './facts.ts';

/** Every string the search interface shows, in Vietnamese (none of Pagefind's own strings are used). */
export const MESSAGES = {
  loading: 'Đang tải bộ tìm kiếm…',
  empty: 'Gõ từ cần tìm, có dấu hay không dấu đều được.',
  failed: 'Không tải được bộ tìm kiếm. Hãy tải lại trang hoặc xem các danh sách bên dưới.',
  more: 'Xem thêm kết quả',
  inSection: 'Trong',
  filters: 'Lọc kết quả',
  clearFilters: 'Bỏ lọc',
} as const;

const count = new Intl.NumberFormat('vi-VN');

/** The sentence announced to screen readers and shown above the results. */
export function resultsMessage(total: number, query: string, shown: number): string {
  if (total === 0)
    return `Không tìm thấy kết quả nào cho “${query}”. Hãy thử ít từ hơn, bỏ lọc hoặc gõ không dấu.`;
  const head = `Tìm thấy ${count.format(total)} kết quả cho “${query}”`;
  return shown < total ? `${head}, đang hiện ${count.format(shown)}.` : `${head}.`;
}

/** Said before the results when no page held every word and a shorter query answered. */
export function fallbackMessage(query: string, used: string): string {
  return `Không trang nào có đủ các từ “${query}”; dưới đây là kết quả cho “${used}”.`;
}

/** Said when a few pages held every word and pages holding most of them follow. */
export function partialMessage(full: number, extra: number, query: string): string {
  return `Tìm thấy ${count.format(full)} kết quả có đủ các từ “${query}”, tiếp theo là ${count.format(extra)} kết quả có một phần các từ.`;
}

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
