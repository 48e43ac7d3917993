import { z } from 'astro/zod';
import type { RawEntry } from './entries.ts';
import { formatPath, type Problem } from './problem.ts';
import { closest } from './suggest.ts';

type AnySchema = z.core.$ZodType;

/** Unwraps optional/default/nullable/pipe layers, collecting the first description found. */
function unwrap(schema: AnySchema): { inner: AnySchema; label?: string } {
  let current = schema;
  let label: string | undefined;
  for (;;) {
    label ??= z.globalRegistry.get(current)?.description;
    if (
      current instanceof z.core.$ZodOptional ||
      current instanceof z.core.$ZodDefault ||
      current instanceof z.core.$ZodNullable ||
      current instanceof z.core.$ZodPrefault
    )
      current = current._zod.def.innerType;
    else if (current instanceof z.core.$ZodPipe) current = current._zod.def.in;
    else return { inner: current, label };
  }
}

/** The schema at a key path, and its Vietnamese label. */
export function schemaAt(
  root: AnySchema,
  path: readonly PropertyKey[],
): { schema?: AnySchema; label?: string } {
  let { inner, label } = unwrap(root);
  for (const key of path) {
    const next =
      inner instanceof z.core.$ZodObject && typeof key === 'string'
        ? inner._zod.def.shape[key]
        : inner instanceof z.core.$ZodArray && typeof key === 'number'
          ? inner._zod.def.element
          : undefined;
    if (!next) return {};
    ({ inner, label } = unwrap(next));
  }
  return { schema: inner, label };
}

/** The keys an object schema allows, to suggest one for a misspelt key. */
function objectKeys(schema: AnySchema | undefined): string[] {
  return schema instanceof z.core.$ZodObject ? Object.keys(schema._zod.def.shape) : [];
}

function describeReceived(value: unknown): string {
  if (value === undefined) return 'đang bị thiếu';
  if (value === null) return 'đang để trống (null)';
  if (typeof value === 'string')
    return `đang là chữ "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `đang là số ${value}`;
  if (typeof value === 'boolean') return `đang là ${value}`;
  if (Array.isArray(value)) return 'đang là một danh sách';
  return 'đang là một nhóm trường';
}

/** The raw value at a key path of an entry's data, to say what the editor wrote there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce(
    (value, key): unknown =>
      value && typeof value === 'object' ? Reflect.get(value, key) : undefined,
    data,
  );
}

/**
 * Runs the schema and turns every issue into a Problem with file, line, field and a fix; the
 * data comes back typed by the schema only when there is none.
 */
export function schemaProblems<Schema extends z.ZodType>(
  entry: RawEntry,
  schema: Schema,
): { data?: z.output<Schema>; problems: Problem[] } {
  const result = schema.safeParse(entry.data);
  if (result.success) return { data: result.data, problems: [] };
  // A misspelt key shows up twice (unknown key + missing key): report it once, as the misspelling.
  const guessed = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = objectKeys(schemaAt(schema, issue.path).schema);
    for (const key of issue.keys) {
      const guess = closest(key, known);
      if (guess) guessed.add(formatPath([...issue.path, guess]));
    }
  }
  // A value of the wrong type also fails the checks meant for the right type: report the type only.
  const wrongType = new Set(
    result.error.issues
      .filter((issue) => issue.code === 'invalid_type')
      .map((issue) => formatPath(issue.path)),
  );
  const issues = result.error.issues.filter(
    (issue) =>
      !(isMissing(issue, valueAt(entry.data, issue.path)) && guessed.has(formatPath(issue.path))) &&
      !(issue.code !== 'invalid_type' && wrongType.has(formatPath(issue.path))),
  );
  const problems = issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeys(schemaAt(schema, issue.path).schema);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const path = [...issue.path, key];
        return {
          file: entry.file,
          line: entry.lineOf(path),
          field: formatPath(path),
          message: 'trường này không có trong mẫu nên trang web không dùng được',
          fix: guess
            ? `có phải ý bạn là "${guess}"? Sửa tên trường cho đúng.`
            : `xóa trường này, hoặc dùng một trong các trường: ${known.join(', ')}.`,
        };
      });
    }
    const { label } = schemaAt(schema, issue.path);
    const received = valueAt(entry.data, issue.path);
    return [
      {
        file: entry.file,
        line: entry.lineOf(issue.path),
        field: formatPath(issue.path) || undefined,
        fieldLabel: label,
        message: messageFor(issue, received),
        fix: fixFor(issue, received),
      },
    ];
  });
  return { problems };
}

/** A required field left out: Zod words it as a wrong type or a value outside the allowed list. */
const isMissing = (issue: z.core.$ZodIssue, received: unknown) =>
  received === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');

function messageFor(issue: z.core.$ZodIssue, received: unknown): string {
  if (isMissing(issue, received)) return 'thiếu trường bắt buộc này';
  if (issue.code === 'invalid_type' && issue.expected === 'array')
    return `phải là một danh sách (${describeReceived(received)})`;
  if (issue.code === 'invalid_type') return `${issue.message} (${describeReceived(received)})`;
  if (issue.code === 'invalid_value') return `${issue.message} (${describeReceived(received)})`;
  return issue.message;
}

function fixFor(issue: z.core.$ZodIssue, received: unknown): string | undefined {
  if (isMissing(issue, received))
    return 'thêm trường này theo tệp mẫu (xem HUONG-DAN-BIEN-TAP.md).';
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'number' &&
    typeof received === 'string'
  ) {
    const number = received.replace('%', '').replace(',', '.').trim();
    if (number && !Number.isNaN(Number(number)))
      return `viết số không có ngoặc kép và không có dấu %, dùng dấu chấm thập phân: ${number}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array')
    return 'viết thành danh sách, ví dụ: [muc-1, muc-2], hoặc mỗi mục một dòng bắt đầu bằng "- ".';
  if (issue.code === 'invalid_value' && typeof received === 'string') {
    const options = (issue.values ?? []).map(String);
    const guess = closest(received, options);
    if (guess) return `có phải ý bạn là "${guess}"?`;
  }
  return undefined;
}
