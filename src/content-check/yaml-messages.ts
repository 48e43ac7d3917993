import type { YAMLError } from 'yaml';
import { hasUnquotedColon } from './yaml-text.ts';

/** YAML parser errors in words an editor understands, with what to do. */
const MESSAGES: Record<string, { message: string; fix: string }> = {
  TAB_AS_INDENT: {
    message: 'có ký tự Tab dùng để thụt lề',
    fix: 'YAML chỉ chấp nhận dấu cách: xóa Tab ở đầu dòng và thay bằng 2 dấu cách.',
  },
  DUPLICATE_KEY: {
    message: 'một trường được khai báo hai lần',
    fix: 'giữ lại một dòng và xóa dòng thừa.',
  },
  BAD_INDENT: {
    message: 'thụt lề không đúng',
    fix: 'các dòng cùng cấp phải thẳng hàng; dùng 2 dấu cách cho mỗi cấp.',
  },
  MISSING_CHAR: {
    message: 'thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
    fix: 'kiểm tra mỗi dấu " [ { mở ra đều có dấu đóng tương ứng trên cùng dòng.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'dòng này không đọc được thành "tên trường: giá trị"',
    fix: 'viết dạng tên_trường: "giá trị"; nếu giá trị có dấu hai chấm thì đặt nó trong ngoặc kép.',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'giá trị kéo sang nhiều dòng mà không có ngoặc kép',
    fix: 'đặt cả giá trị trong ngoặc kép trên một dòng.',
  },
  UNEXPECTED_TOKEN: {
    message: 'có ký tự không mong đợi',
    fix: 'kiểm tra dấu hai chấm, dấu gạch đầu dòng và ngoặc kép ở dòng này.',
  },
  BAD_DQ_ESCAPE: {
    message: 'dấu \\ trong ngoặc kép không hợp lệ',
    fix: "bỏ dấu \\ hoặc dùng ngoặc đơn '…'.",
  },
};

const UNQUOTED_COLON = {
  message:
    'giá trị có dấu hai chấm ":" nhưng không đặt trong ngoặc kép, nên YAML hiểu nhầm thành một trường mới',
  fix: 'đặt cả giá trị trong ngoặc kép thẳng, ví dụ: title: "Nhiệm vụ 1: tuyên truyền".',
};

/** `line` is the text of the line the error points at, to tell similar mistakes apart. */
export function describeYamlError(error: YAMLError, line = ''): { message: string; fix: string } {
  if (
    (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') &&
    hasUnquotedColon(line)
  )
    return UNQUOTED_COLON;
  return (
    MESSAGES[error.code] ?? {
      message: 'phần thông tin đầu tệp (YAML) viết sai cú pháp',
      fix: 'so với tệp mẫu: mỗi dòng dạng tên_trường: "giá trị", thụt lề bằng dấu cách.',
    }
  );
}
