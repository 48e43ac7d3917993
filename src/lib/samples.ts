/** Sample (made-up) content: how many items of a list are samples, and how the banner says so. */

export function countSamples(items: readonly { sample: boolean }[]): number {
  return items.filter((item) => item.sample).length;
}

export type SampleKind = 'model' | 'story';

/**
 * The subject of the "Nội dung minh họa" banner: "Mô hình này" on an item's own page, "3 câu
 * chuyện trong danh sách này" on a list.
 */
export function sampleNoticeSubject(kind: SampleKind, count?: number): string {
  const noun = kind === 'model' ? 'mô hình' : 'câu chuyện';
  return count === undefined
    ? `${noun[0]!.toUpperCase()}${noun.slice(1)} này`
    : `${count} ${noun} trong danh sách này`;
}
