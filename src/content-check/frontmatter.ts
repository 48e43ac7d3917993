import type { Problem } from './problem.ts';

/** An MDX file cut into its YAML frontmatter and its body, or why it cannot be. */
export type Split =
  { yaml: string; body: string; bodyLine: number } | { problem: Omit<Problem, 'file' | 'line'> };

/**
 * Splits an MDX file at its "---" lines. Only the opening and closing lines are looked for, so
 * the YAML and the body keep their own line numbers (the body's first line is `bodyLine`).
 */
export function splitFrontmatter(text: string): Split {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      problem: {
        message: 'tệp không bắt đầu bằng dòng "---" của phần thông tin đầu tệp',
        fix: 'dòng đầu tiên của tệp phải là đúng ba dấu gạch ngang "---", không có gì khác trước nó.',
      },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    return {
      problem: {
        message: 'phần thông tin đầu tệp không có dòng "---" để đóng lại',
        fix: 'thêm một dòng chỉ có "---" ngay sau trường cuối cùng, trước phần nội dung.',
      },
    };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
