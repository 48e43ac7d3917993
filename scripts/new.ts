// `npm run new`: creates a correctly named content file from a template whose every field is
// explained in Vietnamese. Interactive in a terminal; for scripts, every answer can be an argument:
//   npm run new -- task --plan lao-cai-03-kh-ccb --number III.7 --title "…" --themes tuyen-truyen-giao-duc
//   npm run new -- progress --target lao-cai-03-kh-ccb/ii-2-6 --measure ty-le-can-bo-hoc-tap --unit lao-cai --period 2026
// Options: --text "…" / --text-file <file> (the body), --source <file> (a plan's original text).
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, contentTypes } from '../src/content-types.ts';
import { contentReaderAt, scaffolds, type Answers, type Scaffold } from '../src/scaffold/index.ts';

const entries = Object.entries(scaffolds) as [keyof typeof scaffolds, Scaffold][];
/** The Vietnamese name also accepted on the command line: the type's folder or list file. */
const alias = (name: keyof typeof scaffolds) => {
  const type = contentTypes[name];
  return 'dir' in type ? type.dir : type.file.replace(/\.yaml$/, '');
};
const usage = [
  'Cách dùng: npm run new -- <loại> [--tên-trường giá-trị …]',
  'Các loại:',
  ...entries.map(
    ([name, s]) =>
      `  ${s.command.padEnd(8)} ${contentTypes[name].label} (hoặc "${alias(name)}"): ${s.questions.map((q) => `--${q.key}`).join(' ')}`,
  ),
].join('\n');

const answerKeys = new Set([
  'text',
  'text-file',
  'source',
  ...entries.flatMap(([, s]) => s.questions.map((q) => q.key)),
]);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    ...Object.fromEntries([...answerKeys].map((key) => [key, { type: 'string' as const }])),
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const content = contentReaderAt(CONTENT_DIR);
const interactive = process.stdin.isTTY === true;
const rl = interactive
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;
const fail = (message: string): never => {
  console.error(`Lỗi: ${message}`);
  rl?.close();
  process.exit(1);
};

async function chooseType(): Promise<[keyof typeof scaffolds, Scaffold]> {
  let wanted = positionals[0];
  if (!wanted && rl) {
    console.log(
      entries
        .map(([name, s], i) => `  ${i + 1}. ${contentTypes[name].label} (${s.command})`)
        .join('\n'),
    );
    wanted = (await rl.question('Tạo loại nội dung nào? Gõ số thứ tự: ')).trim();
    wanted = entries[Number(wanted) - 1]?.[1].command ?? wanted;
  }
  const found = entries.find(([name, s]) => s.command === wanted || alias(name) === wanted);
  return found ?? fail(`không có loại nội dung "${wanted ?? ''}".\n${usage}`);
}

async function answer(scaffold: Scaffold): Promise<Answers> {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(values as Record<string, unknown>))
    if (typeof value === 'string') answers[key] = value.normalize('NFC');
  const textFile = answers['text-file'];
  if (textFile)
    answers.text = existsSync(textFile)
      ? readFileSync(textFile, 'utf8').normalize('NFC').trim()
      : fail(`không tìm thấy tệp "${textFile}" (--text-file).`);
  for (const question of scaffold.questions) {
    let value: string | undefined = answers[question.key]?.trim();
    for (;;) {
      if (!value && rl) {
        const choices = question.choices?.(answers, content) ?? [];
        const hint =
          choices.length > 1
            ? ` (chọn: ${choices.join(', ')})`
            : question.example
              ? ` (ví dụ: ${question.example})`
              : question.fallback
                ? ` (bỏ trống: ${question.fallback(answers, content) || 'không có'})`
                : '';
        value = (await rl.question(`${question.ask}${hint}: `)).trim().normalize('NFC');
      }
      if (!value && question.fallback) value = question.fallback(answers, content);
      const problem =
        value || question.fallback
          ? question.validate?.(value ?? '', answers, content)
          : 'chưa có câu trả lời';
      if (!problem) break;
      if (!rl)
        fail(
          `--${question.key}: ${problem}. ${question.ask}${question.example ? `, ví dụ --${question.key} "${question.example}"` : ''}.`,
        );
      console.log(`  → ${problem}`);
      value = undefined;
    }
    answers[question.key] = value ?? '';
  }
  return answers;
}

// Ctrl+C or Ctrl+D at a question: stop without writing anything.
rl?.on('SIGINT', () => fail('đã dừng; chưa tạo tệp nào.'));
let scaffold: Scaffold;
let answers: Answers;
try {
  [, scaffold] = await chooseType();
  answers = await answer(scaffold);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'ABORT_ERR' || code === 'ERR_USE_AFTER_CLOSE') fail('đã dừng; chưa tạo tệp nào.');
  throw error;
}
rl?.close();
if (answers.source && !existsSync(answers.source))
  fail(`không tìm thấy tệp văn bản gốc "${answers.source}" (--source).`);
const output = scaffold.build(answers, content);
const target = join(CONTENT_DIR, output.path);
if (output.mode === 'create') {
  if (existsSync(target))
    fail(
      `tệp ${target} đã có. Muốn sửa thì mở tệp đó; muốn tạo mục khác thì đổi số mục hoặc tiêu đề.`,
    );
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output.text);
} else if (output.mode === 'append') {
  appendFileSync(target, output.text);
} else {
  writeFileSync(target, output.text);
}
if (output.copySourceTo && answers.source) {
  const copy = join(CONTENT_DIR, output.copySourceTo);
  mkdirSync(dirname(copy), { recursive: true });
  copyFileSync(answers.source, copy);
  console.log(`Đã chép văn bản gốc vào ${copy}`);
}
if (output.explain) console.log(output.explain.join('\n'));
console.log(
  `${output.mode === 'create' ? 'Đã tạo' : 'Đã thêm vào'} ${target}\nViệc tiếp theo:\n${output.next.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}\n  ${output.next.length + 1}. Chạy "npm run check" để kiểm tra, rồi "npm start" để xem trang.`,
);
