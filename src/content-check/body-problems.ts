import { scanTags } from '../lib/plan-body.ts';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './entries.ts';
import { closest } from './suggest.ts';

/** MDX body checks: only the components this type allows, every tag closed, no stray braces. */
export function bodyProblems(entry: SourceEntry, allowed: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number) => entry.bodyLine + line - 1;
  const open: { name: string; line: number }[] = [];
  for (const tag of scanTags(entry.body)) {
    if (!allowed.includes(tag.name)) {
      const guess = closest(tag.name, allowed);
      problems.push({
        file: entry.file,
        line: at(tag.line),
        message: `thẻ <${tag.name}> không dùng được ở loại nội dung này`,
        fix: guess
          ? `có phải ý bạn là <${guess}>? (phân biệt chữ hoa, chữ thường)`
          : allowed.length
            ? `chỉ dùng các thẻ: ${allowed.map((name) => `<${name}>`).join(', ')}.`
            : 'xóa thẻ này; phần nội dung chỉ gồm chữ.',
      });
      continue;
    }
    if (tag.kind === 'open') open.push({ name: tag.name, line: tag.line });
    if (tag.kind === 'close') {
      const last = open.pop();
      if (!last || last.name !== tag.name) {
        problems.push({
          file: entry.file,
          line: at(tag.line),
          message: `thẻ đóng </${tag.name}> không khớp với thẻ mở nào${last ? ` (đang mở <${last.name}> ở dòng ${at(last.line)})` : ''}`,
          fix: `mỗi <${tag.name}> phải có đúng một </${tag.name}> đi sau.`,
        });
        if (last) open.push(last);
      }
    }
  }
  for (const tag of open) {
    problems.push({
      file: entry.file,
      line: at(tag.line),
      message: `thẻ <${tag.name}> được mở nhưng không đóng`,
      fix: `thêm </${tag.name}> vào cuối đoạn chữ của thẻ.`,
    });
  }
  entry.body.split('\n').forEach((line, index) => {
    if (
      /[{}]/.test(
        line.replace(/\{[^}]*\}/g, (m) => (/=\s*$/.test(line.slice(0, line.indexOf(m))) ? '' : m)),
      )
    ) {
      problems.push({
        file: entry.file,
        line: at(index + 1),
        message: 'có dấu ngoặc nhọn { hoặc } trong phần nội dung; MDX hiểu đó là mã lệnh',
        fix: 'thay bằng ngoặc tròn ( ), hoặc viết \\{ và \\}.',
      });
    }
  });
  return problems;
}
