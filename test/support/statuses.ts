/**
 * The status names a reader may meet, written out here (not borrowed from the site's code) so that
 * tests notice when a page says a status any other way.
 */
export const STATUS_NAMES = [
  'Đạt',
  'Chưa đạt',
  'Đúng tiến độ',
  'Chậm tiến độ',
  'Chưa đủ số liệu để đánh giá',
  'Chưa có số liệu',
  'Chưa đánh giá được: cần số liệu từng đơn vị',
  'Minh họa, không đánh giá',
] as const;
