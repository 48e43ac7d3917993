import type { CrossCheck, SourceEntry } from './entries.ts';
import type { Problem } from './problem.ts';

/** Markdown that would silently change an official text: a printed "7. " becomes a list number, "- " a bullet, "# " a heading. */
const MARKDOWN_START = [
  {
    pattern: /^(\d+)\.\s/,
    what: (m: RegExpMatchArray) =>
      `"${m[1]}. " ở đầu dòng bị hiểu thành danh sách đánh số (số mục in trong văn bản sẽ mất hoặc bị đánh lại)`,
    fix: (m: RegExpMatchArray) => `viết "${m[1]}\\. " (thêm dấu \\ trước dấu chấm).`,
  },
  {
    pattern: /^([-*+])\s/,
    what: (m: RegExpMatchArray) =>
      `"${m[1]} " ở đầu dòng bị hiểu thành gạch đầu dòng của danh sách`,
    fix: (m: RegExpMatchArray) => `viết "\\${m[1]} " (thêm dấu \\ phía trước).`,
  },
  {
    pattern: /^(#+)\s/,
    what: () => 'dấu "#" ở đầu dòng bị hiểu thành đề mục',
    fix: () =>
      'đề mục của văn bản viết bằng <Heading number="…">…</Heading>; nếu là chữ thật thì viết "\\#".',
  },
];

function markdownProblems(entry: SourceEntry): Problem[] {
  return entry.body.split('\n').flatMap((line, index) => {
    for (const rule of MARKDOWN_START) {
      const match = line.match(rule.pattern);
      if (match)
        return [
          {
            file: entry.file,
            line: entry.bodyLine + index,
            message: `${rule.what(match)}, làm sai nguyên văn`,
            fix: rule.fix(match),
          },
        ];
    }
    return [];
  });
}

/** Official texts (plans, tasks, targets) are verbatim: no Markdown may reshape them. */
export const officialTextIsLiteral: CrossCheck = (index) =>
  [...index.plans, ...index.tasks, ...index.targets].flatMap(markdownProblems);
