import { formatNumber } from '../lib/format/number.ts';

/** One thing wrong with the content, said so that an editor can fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. "content/nhiem-vu/lao-cai-03-kh-ccb/iii-1.mdx". */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** 1-based column in that line, where it helps (syntax mistakes). */
  column?: number;
  /** The field's key path, e.g. "measures[0].milestones[1].value". */
  field?: string;
  /** The field's Vietnamese name, e.g. "mức chỉ tiêu". */
  fieldLabel?: string;
  /** Where the field is, in words: "chuỗi số liệu thứ 2, điểm thứ 1, trường value". */
  place?: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese: every problem says ("Cách sửa: …"). */
  fix: string;
}

/**
 * One problem as an editor reads it: where (file, line, field and its Vietnamese name), what is
 * wrong, and the fix on a line of its own ("Cách sửa: …") so that it stands out.
 */
export function formatProblem(problem: Problem): string {
  const where = [
    problem.file,
    problem.line ? `dòng ${problem.line}` : undefined,
    problem.line && problem.column ? `cột ${problem.column}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  // A place ending in an item ("chủ đề thứ 1") already says what the field is called.
  const label =
    problem.fieldLabel && !/thứ \d+$/.test(problem.place ?? '') ? ` (${problem.fieldLabel})` : '';
  const field = problem.place
    ? ` — ${problem.place}${label}`
    : problem.field
      ? ` — trường "${problem.field}"${label}`
      : '';
  const fix = `\n    Cách sửa: ${problem.fix}`;
  return `  • ${where}${field}: ${problem.message}${fix}`;
}

/** Most problems shown for one file, and in all: past these, the report says how many more. */
export const MAX_SHOWN_PER_FILE = 50;
export const MAX_SHOWN = 200;

/**
 * The whole report, ordered by file and line: every problem up to MAX_SHOWN_PER_FILE per file and
 * MAX_SHOWN in all, then how many more there are (a file with thousands of figures wrong the same
 * way would otherwise bury everything else; fixing the first ones usually fixes the rest).
 */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const byFile = Map.groupBy(sorted, (problem) => problem.file);
  const lines = [
    `Nội dung có ${formatNumber(sorted.length)} lỗi trong ${formatNumber(byFile.size)} tệp. Chưa có trang nào được tạo; hãy sửa các lỗi dưới đây rồi chạy lại.`,
  ];
  let shown = 0;
  const unlisted: Problem[][] = [];
  for (const [file, fileProblems] of byFile) {
    const room = Math.min(MAX_SHOWN_PER_FILE, MAX_SHOWN - shown);
    if (room <= 0) {
      unlisted.push(fileProblems);
      continue;
    }
    const listed = fileProblems.slice(0, room);
    lines.push(...listed.map(formatProblem));
    shown += listed.length;
    const rest = fileProblems.length - listed.length;
    if (rest > 0)
      lines.push(
        `  … và ${formatNumber(rest)} lỗi nữa trong ${file} (thường cùng một kiểu với các lỗi trên: sửa chúng rồi chạy lại để xem tiếp).`,
      );
  }
  if (unlisted.length > 0) {
    const rest = unlisted.reduce((sum, fileProblems) => sum + fileProblems.length, 0);
    lines.push(
      `  … và ${formatNumber(rest)} lỗi nữa trong ${formatNumber(unlisted.length)} tệp khác (${unlisted
        .map((fileProblems) => fileProblems[0]!.file)
        .slice(0, 5)
        .join(
          ', ',
        )}${unlisted.length > 5 ? ', …' : ''}), chưa in ra vì đã in ${formatNumber(MAX_SHOWN)} lỗi; sửa các lỗi trên rồi chạy lại để xem tiếp.`,
    );
  }
  return lines.join('\n');
}

/** Field path as an editor reads it: measures[0].milestones[1].value */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}
