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

/** What one item of a list is called: the item's own label, else the list's ("các mốc" → "mốc"). */
function itemLabel(root: AnySchema, listPath: readonly PropertyKey[]): string {
  const item = schemaAt(root, [...listPath, 0]).label;
  if (item) return item;
  const list = schemaAt(root, listPath).label;
  return list ? list.replace(/^các\s+/, '').replace(/\s*\(.*\)$/, '') : 'mục';
}

/**
 * A key path as an editor reads it, from the schema's labels: ['series', 1, 'points', 0, 'value']
 * is "chuỗi số liệu thứ 2, điểm thứ 1, trường value"; ['themes', 0] is "chủ đề thứ 1";
 * ['rights', 'consent', 'date'] is "nhóm rights, nhóm consent, trường date".
 */
export function fieldPlace(root: AnySchema | undefined, path: readonly PropertyKey[]): string {
  return path
    .flatMap((key, i): string[] => {
      if (typeof key === 'number')
        return [`${root ? itemLabel(root, path.slice(0, i)) : 'mục'} thứ ${key + 1}`];
      // A list's key is said by its item ("chủ đề thứ 1").
      if (typeof path[i + 1] === 'number') return [];
      return [`${i === path.length - 1 ? 'trường' : 'nhóm'} ${String(key)}`];
    })
    .join(', ');
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

/** A fix a schema's own check carries (`params: { fix }`), e.g. for a pasted "data:" picture. */
function declaredFix(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const fix: unknown = issue.params?.fix;
  return typeof fix === 'string' ? fix : undefined;
}

/** Every problem says how to fix it: the specific way where known, else where to look. */
function fixFor(issue: z.core.$ZodIssue, received: unknown): string {
  return (
    specificFix(issue, received) ??
    'sửa giá trị như lời nhắc ở trên; ví dụ và giải thích từng trường: HUONG-DAN-BIEN-TAP.md, mục 4.'
  );
}

function specificFix(issue: z.core.$ZodIssue, received: unknown): string | undefined {
  const declared = declaredFix(issue);
  if (declared) return declared;
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
    return `dùng một trong các giá trị: ${options.map((o) => `"${o}"`).join(', ')}.`;
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number')
    return issue.code === 'too_big'
      ? `ghi số không lớn hơn ${String(issue.maximum)}; kiểm tra lại con số trong văn bản nguồn.`
      : `ghi số không nhỏ hơn ${String(issue.minimum)}; kiểm tra lại con số trong văn bản nguồn.`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `thêm ít nhất ${String(issue.minimum)} mục.`;
  if (issue.code === 'too_small' && issue.origin === 'string')
    return 'điền nội dung cho trường này, hoặc xóa cả dòng nếu trường không bắt buộc.';
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'viết địa chỉ đầy đủ, bắt đầu bằng https://, ví dụ "https://ccb.example.vn/".';
  if (typeof received === 'string' && /dd\/mm\/yyyy|ngày có thật/.test(issue.message))
    return 'viết ngày dạng "dd/mm/yyyy" trong ngoặc kép, đủ hai chữ số ngày và tháng, ví dụ "07/11/2022", và kiểm tra ngày đó có thật.';
  return undefined;
}
