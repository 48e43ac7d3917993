import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { SourceEntry } from './entries.ts';
import type { Problem } from './problem.ts';
import { describeYamlError } from './yaml-messages.ts';
import { yamlTextProblems } from './yaml-text.ts';

/** Finds the line of a key path in a parsed file, for messages. */
export type LineOf = SourceEntry['lineOf'];

/** A parsed YAML text: the document when it has no error, every problem, and where keys are. */
export interface ParsedYaml {
  document: Document | undefined;
  problems: Problem[];
  lineOf: LineOf;
}

/**
 * Parses YAML (a whole file, or frontmatter starting after `lineOffset` lines) and words every
 * mistake for an editor, with its line. The document is kept only when there is none, so no
 * check ever reads half-parsed data.
 */
export function parseYaml(file: string, text: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const lines = text.split('\n');
  const textProblems = yamlTextProblems(file, text, lineOffset);
  // A mistake found in the text explains the parser's error on the same line: report it once.
  const explained = new Set(textProblems.map((p) => p.line));
  const problems: Problem[] = [
    ...textProblems,
    ...document.errors
      // After a Tab, the following lines look badly indented too: the Tab explains them.
      .filter(
        (error, i, all) =>
          !(error.code === 'BAD_INDENT' && all.slice(0, i).some((e) => e.code === 'TAB_AS_INDENT')),
      )
      .map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        ...describeYamlError(error, lines[lineAt(error.pos[0]) - lineOffset - 1]),
      }))
      .filter((problem) => !explained.has(problem.line)),
  ];
  const lineOf: LineOf = (path) => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      // A key whose value failed to parse: point at the pair's key instead.
      const parent = document.getIn(path.slice(0, length - 1), true);
      if (isMap(parent)) {
        const key = parent.items.find(
          (pair) => isScalar(pair.key) && pair.key.value === path[length - 1],
        )?.key;
        if (isNode(key) && key.range) return lineAt(key.range[0]);
      }
    }
    return undefined;
  };
  return { document: problems.length ? undefined : document, problems, lineOf };
}

/**
 * JSON data files (progress figures). JSON is valid YAML, so the YAML parser gives each value's
 * line; JSON.parse runs first so that anything JSON itself rejects (trailing commas, comments)
 * is reported, as Astro would refuse it too.
 */
export function parseJson(
  file: string,
  text: string,
): { data: unknown; problems: Problem[]; lineOf: LineOf } {
  try {
    JSON.parse(text);
  } catch (error) {
    const line = error instanceof Error ? /line (\d+)/.exec(error.message)?.[1] : undefined;
    return {
      data: undefined,
      lineOf: () => undefined,
      problems: [
        {
          file,
          line: line ? Number(line) : undefined,
          message: 'tệp JSON viết sai cú pháp',
          fix: 'kiểm tra dấu phẩy (không có dấu phẩy sau mục cuối), ngoặc kép quanh mọi tên trường và chữ, ngoặc { } [ ] đóng đủ.',
        },
      ],
    };
  }
  const parsed = parseYaml(file, text, 0);
  const data: unknown = parsed.document?.toJS();
  return { data, problems: parsed.problems, lineOf: parsed.lineOf };
}
