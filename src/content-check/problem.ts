/** One thing wrong with the content, said so that an editor can fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. "content/nhiem-vu/lao-cai-03-kh-ccb/iii-1.mdx". */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field's key path, e.g. "measures[0].milestones[1].value". */
  field?: string;
  /** The field's Vietnamese name, e.g. "mức chỉ tiêu". */
  fieldLabel?: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese. */
  fix?: string;
}

/**
 * One problem as an editor reads it: where (file, line, field and its Vietnamese name), what is
 * wrong, and the fix on a line of its own ("Cách sửa: …") so that it stands out.
 */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line ? `dòng ${problem.line}` : undefined]
    .filter(Boolean)
    .join(', ');
  const field = problem.field
    ? ` — trường "${problem.field}"${problem.fieldLabel ? ` (${problem.fieldLabel})` : ''}`
    : '';
  const fix = problem.fix ? `\n    Cách sửa: ${problem.fix}` : '';
  return `  • ${where}${field}: ${problem.message}${fix}`;
}

/** The whole report, every problem at once, ordered by file and line. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const files = new Set(sorted.map((p) => p.file)).size;
  return [
    `Nội dung có ${sorted.length} lỗi trong ${files} tệp. Chưa có trang nào được tạo; hãy sửa các lỗi dưới đây rồi chạy lại.`,
    ...sorted.map(formatProblem),
  ].join('\n');
}

/** Field path as an editor reads it: measures[0].milestones[1].value */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}
