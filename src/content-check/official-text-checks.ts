import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MdxNode } from '../lib/mdx/parse.ts';
import { childrenOf, columnOf, lineOf, walk } from '../lib/mdx/tree.ts';
import {
  compareWords,
  inSource,
  officialWords,
  quotingNotes,
  sourceBodyWords,
  type PlacedWord,
  type WordDifference,
} from '../lib/official-text.ts';
import { placeholderIds } from '../lib/plan-body.ts';
import { toLf } from '../lib/line-endings.ts';
import { TODO_MARK } from '../lib/placeholders.ts';
import {
  entriesByFolder,
  validEntries,
  type CheckContext,
  type CheckedEntry,
  type CrossCheck,
  type SourceEntry,
  type ValidEntry,
} from './entries.ts';
import { formatPath, type Problem } from './problem.ts';

/**
 * Official texts (plans, tasks, targets) are verbatim: Markdown must not reshape them. A printed
 * "7. " at the start of a paragraph would become a list number (lost or renumbered), "- " a
 * bullet, "# " a heading, "*…*" italics without the stars. The parsed tree says where Markdown
 * took hold; each place is reported with how to keep the characters as they are printed.
 */

type Said = { message: string; fix: string };

/** What the marker at the start of a list item's line is, from the text the editor typed. */
function listItemWords(line: string, ordered: boolean): Said {
  const number = /^\s*(\d+)([.)])\s/.exec(line);
  if (ordered && number)
    return {
      message: `"${number[1]}${number[2]} " ở đầu dòng bị hiểu thành danh sách đánh số (số mục in trong văn bản sẽ mất hoặc bị đánh lại)`,
      fix: `viết "${number[1]}\\${number[2]} " (thêm dấu \\ trước dấu ${number[2] === '.' ? 'chấm' : 'ngoặc'}).`,
    };
  const bullet = /^\s*([-*+])\s/.exec(line)?.[1] ?? '-';
  return {
    message: `"${bullet} " ở đầu dòng bị hiểu thành gạch đầu dòng của danh sách`,
    fix: `viết "\\${bullet} " (thêm dấu \\ phía trước).`,
  };
}

/** Markdown constructs other than lists, and how to write their characters as plain text. */
const RESHAPING: Partial<Record<MdxNode['type'], Said>> = {
  heading: {
    message: 'dấu "#" ở đầu dòng (hoặc dòng "===", "---" ngay dưới chữ) bị hiểu thành đề mục',
    fix: 'đề mục của văn bản viết bằng <Heading number="…">…</Heading>; nếu là chữ thật thì viết "\\#".',
  },
  blockquote: {
    message: 'dấu ">" ở đầu dòng bị hiểu thành đoạn trích dẫn',
    fix: 'viết "\\>" (thêm dấu \\ phía trước).',
  },
  thematicBreak: {
    message: 'dòng chỉ có "---", "***" hoặc "___" bị hiểu thành đường kẻ ngang',
    fix: 'nếu văn bản gốc in đúng các ký tự đó, viết "\\---".',
  },
  code: {
    message: 'dòng "```" (hoặc dòng thụt vào bốn dấu cách) bị hiểu thành khung mã lệnh',
    fix: 'bỏ các dấu ``` và viết chữ thẳng lề trái.',
  },
  emphasis: {
    message: 'chữ giữa hai dấu * hoặc _ bị hiểu thành chữ nghiêng, mất các dấu đó',
    fix: 'viết "\\*" hoặc "\\_" nếu văn bản gốc in đúng các dấu đó.',
  },
  strong: {
    message: 'chữ giữa hai cặp dấu ** hoặc __ bị hiểu thành chữ đậm, mất các dấu đó',
    fix: 'văn bản chính thức chép nguyên văn, không tô đậm: bỏ các dấu **, hoặc viết "\\*\\*" nếu văn bản gốc in đúng như vậy.',
  },
  delete: {
    message: 'chữ giữa hai dấu ~ bị hiểu thành chữ gạch ngang',
    fix: 'viết "\\~" nếu văn bản gốc in đúng dấu đó.',
  },
  inlineCode: {
    message: 'chữ giữa hai dấu ` bị hiểu thành mã lệnh',
    fix: 'bỏ các dấu `, hoặc viết "\\`".',
  },
  link: {
    message: 'văn bản chính thức có liên kết Markdown [ … ]( … )',
    fix: 'chép nguyên văn, không thêm liên kết; nếu văn bản gốc in dấu ngoặc vuông, viết "\\[" và "\\]".',
  },
  linkReference: {
    message: 'chữ trong ngoặc vuông [ … ] bị hiểu thành liên kết',
    fix: 'viết "\\[" và "\\]".',
  },
  image: {
    message: 'văn bản chính thức có ảnh Markdown ![ … ]( … )',
    fix: 'văn bản chính thức chỉ gồm chữ: xóa ảnh.',
  },
  table: {
    message: 'các dòng có dấu | bị hiểu thành bảng',
    fix: 'viết "\\|" nếu văn bản gốc in đúng dấu đó.',
  },
  footnoteReference: {
    message: 'chữ dạng [^…] bị hiểu thành chú thích cuối trang',
    fix: 'chú thích của ban biên tập viết bằng <EditorNote>…</EditorNote>; nếu là chữ thật thì viết "\\[^".',
  },
};

function literalProblems(entry: SourceEntry): Problem[] {
  if (!entry.tree) return [];
  const lines = entry.body.split('\n');
  const lineText = (line: number) => lines[line - entry.bodyLine] ?? '';
  const problems: Problem[] = [];
  const report = (node: MdxNode, said: Said) =>
    problems.push({
      file: entry.file,
      line: lineOf(node),
      message: `${said.message}, làm sai nguyên văn`,
      fix: said.fix,
    });
  walk(entry.tree, (node) => {
    if (node.type === 'list') {
      for (const item of childrenOf(node))
        report(item, listItemWords(lineText(lineOf(item)), node.ordered === true));
      return false;
    }
    const said = RESHAPING[node.type];
    if (!said) return;
    // A web or e-mail address printed in the text becomes a link with the same words: no change.
    const startsWith = lineText(lineOf(node))[columnOf(node) - 1];
    if (node.type === 'link' && startsWith !== '[') return false;
    report(node, said);
    // One construct, one message: what it holds is not judged again.
    return false;
  });
  return problems;
}

/** Official texts (plans, tasks, targets) are verbatim: no Markdown may reshape them. */
export const officialTextIsLiteral: CrossCheck = (index) =>
  [...index.plans, ...index.tasks, ...index.targets].flatMap(literalProblems);

/**
 * An editor's note that names the original words it explains (“Nguyên văn “nhiện vụ”, …”) stands
 * right after those words; moved elsewhere, it would explain the wrong place.
 */
export const notesFollowTheirWords: CrossCheck = (index) =>
  [...index.plans, ...index.tasks, ...index.targets].flatMap((entry) =>
    entry.tree
      ? quotingNotes(entry.tree)
          .filter((note) => !note.follows)
          .map((note): Problem => ({
            file: entry.file,
            line: note.line,
            message: `chú thích biên tập nói về “${note.quote}” nhưng không đứng ngay sau những chữ đó`,
            fix: `đặt <EditorNote>…</EditorNote> liền sau “${note.quote}” (không có dấu cách ở giữa), đúng chỗ văn bản gốc in những chữ đó.`,
          }))
      : [],
  );

/**
 * Whether an entry still has a "VIỆC CẦN LÀM" placeholder of `npm run new`: it is not copied yet,
 * the placeholder's own message says what to do, and comparing it with the original would only
 * list what is still to copy.
 */
const unfinished = (entry: CheckedEntry<'plans' | 'tasks' | 'targets'>) =>
  entry.body.includes(TODO_MARK) || JSON.stringify(entry.data ?? {}).includes(TODO_MARK);

/** The provenance text of a plan (content/ke-hoach/nguon/…), as the checker reads any text. */
function sourceText(plan: ValidEntry<'plans'>, { contentDir, types }: CheckContext) {
  const path = join(contentDir, types.plans.dir, plan.data.source.file);
  // A missing file is reported by sourceFilesExist.
  if (!existsSync(path)) return undefined;
  return { text: toLf(readFileSync(path, 'utf8')), path };
}

/**
 * The header, signature and recipient lines of a plan are copied from its provenance text:
 * each one must be found there, whatever its line breaks.
 */
export const headerLinesInSource: CrossCheck = (index, context) =>
  validEntries(index.plans).flatMap((plan) => {
    const source = sourceText(plan, context);
    if (!source || unfinished(plan)) return [];
    const { header, signature, recipients } = plan.data;
    const lines: [path: PropertyKey[], text: string][] = [
      ...header.issuerLines.map((text, i): [PropertyKey[], string] => [
        ['header', 'issuerLines', i],
        text,
      ]),
      ...header.mottoLines.map((text, i): [PropertyKey[], string] => [
        ['header', 'mottoLines', i],
        text,
      ]),
      [['header', 'numberLine'], header.numberLine],
      [['header', 'placeDateLine'], header.placeDateLine],
      [['signature', 'authority'], signature.authority],
      [['signature', 'title'], signature.title],
      [['signature', 'name'], signature.name],
      ...recipients.map((text, i): [PropertyKey[], string] => [['recipients', i], text]),
    ];
    const file = relative(context.contentDir, source.path);
    return lines
      .filter(([, text]) => !inSource(source.text, text))
      .map(([path, text]): Problem => ({
        file: plan.file,
        line: plan.lineOf(path),
        field: formatPath(path),
        message: `“${text}” không có trong văn bản gốc (content/${file})`,
        fix: 'chép đúng từng chữ của dòng này trong văn bản gốc, kể cả chỗ in sai; muốn ghi chỗ sai thì thêm một mục editorNotes (quote, note).',
      }));
  });

/** Words quoted in a message: the first few, then "…". */
const quoted = (words: readonly string[], most = 12) =>
  `“${words.slice(0, most).join(' ')}${words.length > most ? ' …' : ''}”`;

/** How one difference between the original and the published words reads to an editor. */
function differenceProblem(
  difference: WordDifference,
  sourceWords: readonly string[],
  sourceFile: string,
  fallback: PlacedWord,
): Problem {
  const context = sourceWords.slice(Math.max(0, difference.at - 4), difference.at);
  const after = context.length ? `sau ${quoted(context)}, ` : 'ở đầu văn bản, ';
  const place = difference.written[0] ?? difference.next ?? difference.previous ?? fallback;
  const original = quoted(difference.original);
  const written = quoted(difference.written.map((w) => w.word));
  const keep = `giữ đúng từng chữ của văn bản gốc (${sourceFile}), kể cả chỗ in sai`;
  if (difference.written.length === 0)
    return {
      file: place.file,
      line: place.line,
      message: `thiếu chữ của văn bản gốc: ${after}văn bản gốc có ${original} mà ở đây không có`,
      fix: `chép lại ${original} vào đúng chỗ; ${keep}. Lời giải thích viết bằng <EditorNote>…</EditorNote>, không xóa chữ.`,
    };
  if (difference.original.length === 0)
    return {
      file: place.file,
      line: place.line,
      message: `có chữ không có trong văn bản gốc: ${after}ở đây thêm ${written}`,
      fix: `xóa ${written}; ${keep}. Lời giải thích của ban biên tập viết trong <EditorNote>…</EditorNote> ngay sau chữ cần giải thích.`,
    };
  const originalText = difference.original.join(' ');
  const writtenText = difference.written.map((w) => w.word).join(' ');
  return {
    file: place.file,
    line: place.line,
    message: `chữ khác văn bản gốc: ${after}văn bản gốc viết ${original}, ở đây viết ${written}`,
    fix: `${keep}. Muốn ghi chỗ sai thì viết ngay sau chữ gốc một chú thích: ${originalText}<EditorNote>Nguyên văn “${originalText}”, có lẽ là “${writtenText}”. Giữ nguyên theo văn bản gốc.</EditorNote>`,
  };
}

/**
 * A plan's items as they are placed in its text, when every one can be read: the words of each
 * task and target by id, or undefined when some item has a problem of its own (reported already,
 * and comparing would only repeat it as missing words).
 */
function placedItems(
  plan: ValidEntry<'plans'>,
  itemsIn: {
    tasks: Map<string, CheckedEntry<'tasks'>[]>;
    targets: Map<string, CheckedEntry<'targets'>[]>;
  },
): Map<string, CheckedEntry<'tasks' | 'targets'>> | undefined {
  const tree = plan.tree;
  if (!tree) return undefined;
  const items = new Map<string, CheckedEntry<'tasks' | 'targets'>>();
  for (const [component, entriesIn] of [
    ['Task', itemsIn.tasks],
    ['Target', itemsIn.targets],
  ] as const) {
    const own: (CheckedEntry<'tasks'> | CheckedEntry<'targets'>)[] = entriesIn.get(plan.id) ?? [];
    const placeable = own.filter((e) => !(e.type === 'targets' && e.data?.textFrom));
    const placed = placeholderIds(tree, component);
    const readable = (e: CheckedEntry<'tasks' | 'targets'>) =>
      e.data !== undefined &&
      e.tree !== undefined &&
      e.body.trim() !== '' &&
      !unfinished(e) &&
      !literalProblems(e).length;
    if (
      placed.length !== new Set(placed).size ||
      placeable.some((e) => !placed.includes(e.id) || !readable(e)) ||
      placed.some((id) => !placeable.some((e) => e.id === id))
    )
      return undefined;
    for (const entry of placeable) items.set(`${component}:${entry.id}`, entry);
  }
  return items;
}

/**
 * Each plan's text, with its tasks and targets in place and without editor's notes, is its
 * provenance text word for word: an official text is never "fixed" silently. Each difference is
 * reported in the file and on the line where it was written, with the original words and how to
 * record an editor's note instead.
 */
export const officialTextsMatchSource: CrossCheck = (index, context) => {
  const itemsIn = { tasks: entriesByFolder(index.tasks), targets: entriesByFolder(index.targets) };
  return validEntries(index.plans).flatMap((plan): Problem[] => {
    const source = sourceText(plan, context);
    const items = placedItems(plan, itemsIn);
    if (!source || !items || !plan.tree || unfinished(plan) || literalProblems(plan).length)
      return [];
    const sourceFile = `content/${relative(context.contentDir, source.path)}`;
    const original = sourceBodyWords(source.text, plan.data.source);
    if ('missing' in original)
      return [
        {
          file: plan.file,
          line: plan.lineOf(['source', original.missing]),
          field: `source.${original.missing}`,
          message: `không tìm thấy ${original.missing === 'bodyStart' ? 'câu mở đầu' : 'câu kết thúc'} phần nội dung trong văn bản gốc (${sourceFile})`,
          fix: 'chép đúng những chữ mở đầu (bodyStart) và kết thúc (bodyEnd) phần nội dung từ văn bản gốc.',
        },
      ];
    const written = officialWords(plan.tree, plan.file, (component, id) => {
      const item = items.get(`${component}:${id}`);
      return item?.tree ? officialWords(item.tree, item.file) : [];
    });
    const fallback: PlacedWord = { word: '', file: plan.file, line: plan.bodyLine };
    const comparison = compareWords(original.words, written);
    if ('tooDifferent' in comparison)
      return [
        {
          file: plan.file,
          line: plan.lineOf(['source', 'file']),
          field: 'source.file',
          message: `văn bản kế hoạch (cùng các nhiệm vụ, chỉ tiêu) khác hẳn văn bản gốc ${sourceFile} từ chữ thứ ${comparison.firstAt + 1} (${quoted(original.words.slice(comparison.firstAt, comparison.firstAt + 8))})`,
          fix: 'kiểm tra source.file trỏ đúng văn bản gốc của kế hoạch này, và phần nội dung được chép đủ, đúng thứ tự.',
        },
      ];
    return comparison.differences.map((difference) =>
      differenceProblem(difference, original.words, sourceFile, fallback),
    );
  });
};
