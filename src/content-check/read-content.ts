import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq } from 'yaml';
import type { ContentType } from '../content-types.ts';
import { matchingFiles } from './discover.ts';
import type { RawEntry } from './entries.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseJson, parseYaml } from './parse-yaml.ts';
import type { Problem } from './problem.ts';
import { readText, textProblems } from './read-text.ts';

/** Entries read from disk, not yet validated, and the problems found reading them. */
export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

/**
 * Reads every file of one content type as Astro would find it (a folder's files matching the
 * type's pattern, or one YAML list), so that its schema and the checks can run on each entry.
 */
export function readContentType(root: string, contentDir: string, type: ContentType): ReadResult {
  return type.kind === 'documents'
    ? readDocuments(root, join(contentDir, type.dir), type.pattern)
    : readList(root, join(contentDir, type.file));
}

/** An entry that could not be read: still listed, so references to it are not reported too. */
const unreadable = (id: string, file: string): RawEntry => ({
  id,
  file,
  data: undefined,
  body: '',
  bodyLine: 0,
  lineOf: () => undefined,
});

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
  for (const path of matchingFiles(dir, pattern)) {
    const file = relative(root, join(dir, path));
    const text = readText(join(dir, path));
    problems.push(...textProblems(file, text));
    const id = path.replace(/\.[^.]+$/, '');
    if (path.endsWith('.json')) {
      const parsed = parseJson(file, text);
      problems.push(...parsed.problems);
      entries.push({ id, file, data: parsed.data, body: '', bodyLine: 0, lineOf: parsed.lineOf });
      continue;
    }
    const split = splitFrontmatter(text);
    if ('problem' in split) {
      problems.push({ file, line: 1, ...split.problem });
      entries.push(unreadable(id, file));
      continue;
    }
    const parsed = parseYaml(file, split.yaml, 1);
    problems.push(...parsed.problems);
    const data: unknown = parsed.document ? (parsed.document.toJS() ?? {}) : undefined;
    entries.push({
      id,
      file,
      data,
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
  if (!existsSync(path)) {
    const missing: Problem = {
      file,
      message: 'không tìm thấy tệp này',
      fix: 'khôi phục tệp từ lịch sử Git.',
    };
    return { file, problems: [missing] };
  }
  const text = readText(path);
  const parsed = parseYaml(file, text, 0);
  return { file, problems: [...textProblems(file, text), ...parsed.problems], parsed };
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
    const data: unknown = isMap(item) ? item.toJSON() : item;
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
  const data: unknown = parsed.document.toJS() ?? {};
  return {
    entries: [{ id: file, file, data, body: '', bodyLine: 0, lineOf: parsed.lineOf }],
    problems,
  };
}
