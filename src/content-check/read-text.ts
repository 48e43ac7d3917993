import { readFileSync } from 'node:fs';
import { toLf } from '../lib/line-endings.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import type { Problem } from './problem.ts';

/**
 * A content file's text with its line endings made "\n": a file saved on Windows (CRLF) reads
 * exactly like the same file saved elsewhere, as the build reads it (src/integrations/line-endings.ts).
 */
export const readText = (path: string): string => toLf(readFileSync(path, 'utf8'));

/**
 * Text-level checks every content file gets, whatever its format: NFC, text saved in another
 * encoding than UTF-8, a "VIỆC CẦN LÀM" placeholder still there, a byte-order mark.
 */
export function textProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const firstNonNfc = lines.findIndex((line) => line !== line.normalize('NFC'));
  if (firstNonNfc >= 0) {
    problems.push({
      file,
      line: firstNonNfc + 1,
      message:
        'chữ có dấu được gõ ở dạng tổ hợp (NFD): dấu tách rời khỏi chữ, nên tìm kiếm và sắp xếp sẽ sai',
      fix: 'gõ lại dòng này bằng bộ gõ Unicode dựng sẵn (Unikey: bảng mã "Unicode dựng sẵn")',
    });
  }
  const undecodable = lines.findIndex((line) => line.includes('\uFFFD'));
  if (undecodable >= 0) {
    problems.push({
      file,
      line: undecodable + 1,
      message:
        'tệp không được lưu bằng bảng mã UTF-8: có chữ không đọc được (thường do lưu từ Word hoặc bảng mã TCVN3, VNI)',
      fix: 'mở tệp bằng trình soạn thảo (VS Code, Notepad), chọn lưu với bảng mã "UTF-8", rồi kiểm tra lại các chữ có dấu.',
    });
  }
  lines.forEach((line, index) => {
    if (line.includes(TODO_MARK) && !line.trim().startsWith('#')) {
      problems.push({
        file,
        line: index + 1,
        message: `còn chỗ "${TODO_MARK}" của tệp mẫu chưa điền`,
        fix: 'thay cả cụm "VIỆC CẦN LÀM: …" bằng nội dung thật, theo lời dặn ghi ngay sau nó.',
      });
    }
  });
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({
      file,
      line: 1,
      message: 'tệp bắt đầu bằng ký tự BOM ẩn',
      fix: 'lưu lại tệp dạng "UTF-8" (không BOM).',
    });
  }
  return problems;
}
