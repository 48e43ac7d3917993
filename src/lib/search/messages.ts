import type { Abbreviation } from './abbreviations.ts';

/** Every string the search interface shows, in Vietnamese (none of Pagefind's own strings are used). */
export const MESSAGES = {
  loading: 'Đang tải bộ tìm kiếm…',
  empty: 'Gõ từ cần tìm, có dấu hay không dấu đều được.',
  failed: 'Không tải được bộ tìm kiếm. Hãy tải lại trang hoặc xem các danh sách bên dưới.',
  /** The device is offline and this query's part of the index was never fetched (never searched). */
  offline:
    'Không có mạng: chỉ tìm lại được những từ đã tìm khi có mạng. Hãy thử lại khi có mạng, hoặc mở các trang đã lưu.',
  more: 'Xem thêm kết quả',
  inSection: 'Trong',
  filters: 'Lọc kết quả',
  filtersLoading: 'Đang tải các bộ lọc…',
} as const;

const count = new Intl.NumberFormat('vi-VN');

/** The sentence announced to screen readers and shown above the results. */
export function resultsMessage(total: number, query: string, shown: number): string {
  if (total === 0)
    return `Không tìm thấy kết quả nào cho “${query}”. Hãy thử ít từ hơn, bỏ lọc hoặc gõ không dấu.`;
  const head = `Tìm thấy ${count.format(total)} kết quả cho “${query}”`;
  return shown < total ? `${head}, đang hiện ${count.format(shown)}.` : `${head}.`;
}

/** Said when few pages (or none) held every word and pages holding most of them follow. */
export function partialMessage(full: number, extra: number, query: string): string {
  if (full === 0)
    return `Không trang nào có đủ các từ “${query}”; dưới đây là ${count.format(extra)} kết quả có phần lớn các từ.`;
  return `Tìm thấy ${count.format(full)} kết quả có đủ các từ “${query}”, tiếp theo là ${count.format(extra)} kết quả có một phần các từ.`;
}

/** How the query was read, when it was not searched word for word: abbreviations, slips, words the site never uses. */
export function readingMessage({
  expanded,
  corrected,
  dropped,
}: {
  expanded: readonly Abbreviation[];
  corrected: readonly { typed: string; read: string }[];
  dropped: readonly string[];
}): string {
  const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');
  return [
    ...expanded.map(({ short, long }) => `Tìm ${short} là “${long}”.`),
    ...corrected.map(({ typed, read }) => `Không trang nào có từ “${typed}”, đã tìm “${read}”.`),
    ...(dropped.length ? [`Bỏ qua ${quoted(dropped)}: không trang nào có từ này.`] : []),
  ].join(' ');
}
