import type { Problem } from './problem.ts';

/** Straight-quoted YAML strings, removed before looking for mistakes outside them. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g;
/** A value, list item or flow item that starts with a typographic quote instead of a straight one. */
const CURLY_QUOTE_START = /(?:^\s*(?:-\s+)?[^\s#:][^#:]*:\s+|^\s*-\s+|[[,]\s*)([“”‘’„«»])/;

/**
 * Mistakes that are valid YAML, or that the parser words badly, found in the YAML text itself.
 * `lineOffset` is the number of lines before the YAML (1 for frontmatter after its "---").
 */
export function yamlTextProblems(file: string, yaml: string, lineOffset: number): Problem[] {
  return yaml.split('\n').flatMap((line, index): Problem[] => {
    const code = line.replace(QUOTED, '""').replace(/\s#.*$/, '');
    const curly = CURLY_QUOTE_START.exec(code);
    if (!curly) return [];
    return [
      {
        file,
        line: index + 1 + lineOffset,
        message: `giá trị được đặt trong dấu ngoặc kép cong ${curly[1]}…; YAML chỉ hiểu ngoặc kép thẳng ", nên dấu cong bị coi là một phần của chữ`,
        fix: 'thay dấu ngoặc kép cong bao quanh giá trị bằng ngoặc kép thẳng "…" (tắt chế độ tự đổi dấu ngoặc của trình soạn thảo); ngoặc cong bên trong câu thì giữ nguyên.',
      },
    ];
  });
}

/** Whether a YAML line is "key: value" with another ": " inside an unquoted value. */
export function hasUnquotedColon(line: string): boolean {
  return /^\s*(?:-\s+)?[\w.-]+:\s+[^"'[{\s][^#]*:(?:\s|$)/.test(line);
}
