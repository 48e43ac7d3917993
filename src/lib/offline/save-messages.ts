import type { OfflineReply } from './messages.ts';

/**
 * What the "Lưu để đọc khi không có mạng" control tells the reader after the service worker
 * answers (issue 17): the sentence for its status line, and whether a saved copy exists (then
 * "Xóa bản đã lưu" is offered).
 */
export interface SaveState {
  message: string;
  saved: boolean;
}

export const SAVING_MESSAGE = 'Đang lưu…';
export const REMOVING_MESSAGE = 'Đang xóa…';

export function describeReply(reply: OfflineReply): SaveState {
  switch (reply.type) {
    case 'saved':
      return {
        message:
          `Đã lưu ${reply.pages} trang.` +
          (reply.failed
            ? ` Còn ${reply.failed} trang hoặc tệp chưa lưu được; hãy bấm lưu lại khi có mạng.`
            : ''),
        saved: reply.pages > 0,
      };
    case 'status':
      return reply.pages
        ? { message: `Đã lưu ${reply.pages} trang ngày ${reply.date ?? ''}.`, saved: true }
        : { message: '', saved: false };
    case 'removed':
      return { message: 'Đã xóa bản đã lưu.', saved: false };
    case 'full':
      return {
        message: `Không lưu được: máy này chỉ giữ tối đa ${reply.max} trang lưu bằng nút này. Hãy xóa bớt một bản đã lưu rồi thử lại.`,
        saved: false,
      };
    default:
      return { message: 'Không lưu được. Hãy kiểm tra mạng rồi thử lại.', saved: false };
  }
}
