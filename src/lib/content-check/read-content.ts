import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentType } from '../../content-types.ts';
import type { Problem } from './problem.ts';
import { describeYamlError } from './yaml-messages.ts';
import { yamlTextProblems } from './yaml-text.ts';
import { TODO_MARK } from '../scaffold/yaml-values.ts';

/** One content item as read from disk, before its schema is applied. */
export interface RawEntry {
  /** Id as Astro gives it: path under the type's folder without extension, or a list item's `id`. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** Parsed frontmatter or list item, not yet validated; undefined when the file could not be read. */
  data: unknown;
  /** MDX body (documents only). */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Line of a key path inside the YAML, where it can be found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

export function readContentType(root: string, contentDir: string, type: ContentType): ReadResult {
  return type.kind === 'documents'
    ? readDocuments(root, join(contentDir, type.dir), type.pattern)
    : readList(root, join(contentDir, type.file));
}

/** Files matching "*.mdx" or "*\/*.mdx" below dir: the two shapes the registry uses. */
function listFiles(dir: string, pattern: string): string[] {
  if (!existsSync(dir)) return [];
  const depth = pattern.split('/').length - 1;
  const extension = pattern.slice(pattern.lastIndexOf('.'));
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => path.endsWith(extension) && path.split(/[\\/]/).length - 1 === depth)
    .sort();
}

function readDocuments(root: string, dir: string, pattern: string): ReadResult {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) {
    problems.push({
      file: relative(root, dir),
      message: 'không tìm thấy thư mục này',
      fix: 'khôi phục thư mục từ lịch sử Git (có thể để trống, nhưng phải có).',
    });
  }
  for (const path of listFiles(dir, pattern)) {
    const file = relative(root, join(dir, path));
    const text = readFileSync(join(dir, path), 'utf8');
    problems.push(...checkText(file, text));
    const id = path
      .replace(/\.[^.]+$/, '')
      .split(/[\\/]/)
      .join('/');
    if (path.endsWith('.json')) {
      const parsed = parseJson(file, text);
      problems.push(...parsed.problems);
      entries.push({ id, file, data: parsed.data, body: '', bodyLine: 0, lineOf: parsed.lineOf });
      continue;
    }
    const split = splitFrontmatter(text);
    if ('problem' in split) {
      problems.push({ file, line: 1, ...split.problem });
      // Still listed, so that references to it are not reported as broken too.
      entries.push({ id, file, data: undefined, body: '', bodyLine: 0, lineOf: () => undefined });
      continue;
    }
    const parsed = parseYaml(file, split.yaml, 1);
    problems.push(...parsed.problems);
    entries.push({
      id,
      file,
      data: parsed.document ? (parsed.document.toJS() ?? {}) : undefined,
      body: split.body,
      bodyLine: split.bodyLine,
      lineOf: parsed.lineOf,
    });
  }
  return { entries, problems };
}

/** A whole YAML file: its path for messages, the problems found so far, and the parsed document. */
function readYamlFile(root: string, path: string) {
  const file = relative(root, path);
  if (!existsSync(path))
    return {
      file,
      problems: [
        { file, message: 'không tìm thấy tệp này', fix: 'khôi phục tệp từ lịch sử Git.' },
      ] as Problem[],
    };
  const text = readFileSync(path, 'utf8');
  const parsed = parseYaml(file, text, 0);
  return { file, problems: [...checkText(file, text), ...parsed.problems], parsed };
}

function readList(root: string, path: string): ReadResult {
  const { file, problems, parsed } = readYamlFile(root, path);
  const document = parsed?.document;
  if (!parsed || !document) return { entries: [], problems };
  if (!isSeq(document.contents)) {
    problems.push({
      file,
      line: 1,
      message: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng "- id: …"',
      fix: 'xem lại tệp mẫu trong lịch sử Git.',
    });
    return { entries: [], problems };
  }
  const entries = document.contents.items.map((item, index): RawEntry => {
    const data = isMap(item) ? item.toJSON() : item;
    const id = data && typeof data === 'object' && 'id' in data ? String(data.id) : `#${index + 1}`;
    return {
      id,
      file,
      data,
      body: '',
      bodyLine: 0,
      lineOf: (sub) => parsed.lineOf([index, ...sub]),
    };
  });
  return { entries, problems };
}

/** A YAML file holding one group of settings (e.g. content/trang-web.yaml), as a single entry. */
export function readSettings(root: string, path: string): ReadResult {
  const { file, problems, parsed } = readYamlFile(root, path);
  if (!parsed?.document) return { entries: [], problems };
  return {
    entries: [
      {
        id: file,
        file,
        data: parsed.document.toJS() ?? {},
        body: '',
        bodyLine: 0,
        lineOf: parsed.lineOf,
      },
    ],
    problems,
  };
}

type Split =
  { yaml: string; body: string; bodyLine: number } | { problem: Omit<Problem, 'file' | 'line'> };

function splitFrontmatter(text: string): Split {
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

function parseYaml(file: string, text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
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
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as
        { range?: [number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
      // A key whose value failed to parse: point at the pair's key instead.
      const parent = document.getIn(path.slice(0, length - 1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => (item.key as { value?: unknown })?.value === path[length - 1],
        );
        const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
        if (range) return lineAt(range[0]);
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
function parseJson(
  file: string,
  text: string,
): { data: unknown; problems: Problem[]; lineOf: RawEntry['lineOf'] } {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message);
    const line = /line (\d+)/.exec(message)?.[1];
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
  return { data: parsed.document?.toJS(), problems: parsed.problems, lineOf: parsed.lineOf };
}

/** Text-level checks every content file gets: NFC and stray control characters. */
function checkText(file: string, text: string): Problem[] {
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
