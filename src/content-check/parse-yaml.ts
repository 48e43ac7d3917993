import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { SourceEntry } from './entries.ts';
import type { Problem } from './problem.ts';
import { jsonMistake, JSON_RULES } from './json-syntax.ts';
import { describeYamlError, TAB_INDENT } from './yaml-messages.ts';
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
  const tabbed = tabIndentedLines(text);
  // Each Tab is one mistake, told once; the text is then read with the Tab taken as the spaces
  // it most likely stood for, so the parser does not report the same Tab again in other words.
  const readable = tabbed.size ? withSpacesForTabs(text, tabbed) : text;
  const lineCounter = new LineCounter();
  const document = parseDocument(readable, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const lines = readable.split('\n');
  const textProblems = [
    ...[...tabbed].map((index): Problem => ({
      file,
      line: index + 1 + lineOffset,
      ...TAB_INDENT,
    })),
    ...yamlTextProblems(file, text, lineOffset),
  ];
  // A mistake found in the text explains the parser's error on the same line: report it once.
  const explained = new Set(textProblems.map((p) => p.line));
  const problems: Problem[] = [
    ...textProblems,
    ...document.errors
      .map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        ...describeYamlError(error, lines[lineAt(error.pos[0]) - lineOffset - 1]),
      }))
      .filter(
        (problem, i, all) =>
          !explained.has(problem.line) &&
          // The parser may stumble twice on one line; the first words it best.
          all.findIndex((other) => other.line === problem.line) === i,
      ),
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
  // A byte-order mark is reported by the text checks; it is no reason to refuse the figures too.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    JSON.parse(json);
  } catch {
    const mistake = jsonMistake(json) ?? {
      message: 'tệp JSON viết sai cú pháp',
      fix: `kiểm tra ngoặc kép quanh mọi tên trường và chữ, các ngoặc { } [ ] đóng đủ. ${JSON_RULES}`,
    };
    return { data: undefined, lineOf: () => undefined, problems: [{ file, ...mistake }] };
  }
  const parsed = parseYaml(file, json, 0);
  const data: unknown = parsed.document?.toJS();
  return { data, problems: parsed.problems, lineOf: parsed.lineOf };
}

/** Indices of the lines indented with a Tab (YAML allows only spaces there). */
function tabIndentedLines(text: string): Set<number> {
  const lines = text.split('\n');
  return new Set(lines.flatMap((line, index) => (/^ *\t/.test(line) ? [index] : [])));
}

/**
 * The text with each Tab-indented line indented as its neighbour above suggests: as deep as the
 * line above's own fields, one level deeper after a line ending in ":". A guess, used only to
 * read past the Tab; the Tab itself is reported.
 */
function withSpacesForTabs(text: string, tabbed: ReadonlySet<number>): string {
  const lines = text.split('\n');
  let indent = '';
  return lines
    .map((line, index) => {
      if (tabbed.has(index)) return `${indent}${line.replace(/^[ \t]+/, '')}`;
      if (line.trim() && !line.trim().startsWith('#')) {
        const fieldStart = /^[ ]*(?:-[ ]+)*/.exec(line)?.[0].length ?? 0;
        indent = ' '.repeat(fieldStart + (/:\s*$/.test(line) ? 2 : 0));
      }
      return line;
    })
    .join('\n');
}
