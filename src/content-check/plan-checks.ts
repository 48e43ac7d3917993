import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { numberedSections, placeholders } from '../lib/plan-body.ts';
import { isSlug } from '../lib/slug.ts';
import {
  entriesByFolder,
  firstById,
  ids,
  missingReference,
  validEntries,
  type CrossCheck,
  type ValidEntry,
} from './entries.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * Checks of plans against their tasks and targets: every item placed once in the plan's text,
 * section numbers unique, every official text present once, editor's notes quoting real words,
 * the original document on disk.
 */

/** Every task and target sits exactly once in its plan's body; every placeholder points at one. */
export const placeholdersMatch: CrossCheck = (index) => {
  const tasksIn = entriesByFolder(index.tasks);
  const targetsIn = entriesByFolder(index.targets);
  return validEntries(index.plans).flatMap((plan) => {
    // A body with a mistake of its own was reported already.
    const tree = plan.tree;
    if (!tree) return [];
    const problems: Problem[] = [];
    for (const [component, entries, what] of [
      ['Task', tasksIn.get(plan.id) ?? [], 'nhiệm vụ'],
      ['Target', targetsIn.get(plan.id) ?? [], 'chỉ tiêu'],
    ] as const) {
      const own = ids(entries);
      // Placed in the text: every valid entry (one its schema refused was reported already) but aims
      // whose sentence lives in a task (textFrom), and files whose name cannot be an address
      // (reported by the file checks, to be renamed first).
      const placeable = ids(
        entries.filter(
          (e) =>
            e.data !== undefined &&
            !(e.type === 'targets' && e.data.textFrom) &&
            e.id.split('/').every(isSlug),
        ),
      );
      const placed = placeholders(tree, component);
      const placedIds = placed.map((p) => p.id);
      placed.forEach(({ id, line }, i) => {
        if (!own.includes(id)) {
          const guess = closest(id, own);
          problems.push({
            file: plan.file,
            line,
            message: `<${component} id="${id}"/> trỏ tới ${what} không có trong kế hoạch này`,
            fix: guess
              ? `có phải ý bạn là "${guess}"?`
              : `tạo tệp ${what} tương ứng, hoặc xóa dòng này.`,
          });
        } else if (placedIds.indexOf(id) !== i) {
          problems.push({
            file: plan.file,
            line,
            message: `${what} "${id}" được đặt hai lần trong văn bản`,
            fix: 'mỗi đoạn văn chỉ nằm ở một chỗ: xóa chỗ thừa.',
          });
        }
      });
      for (const id of placeable.filter((id) => !placedIds.includes(id))) {
        problems.push({
          file: plan.file,
          message: `${what} "${id}" chưa được đặt vào văn bản kế hoạch`,
          fix: `thêm <${component} id="${id}" /> vào đúng vị trí của nó trong văn bản.`,
        });
      }
    }
    return problems;
  });
};

/** Section numbers are unique within a plan, so every anchor ("#muc-ii-2-4") is unambiguous. */
export const numbersUnique: CrossCheck = (index) => {
  // Each plan's tasks, then its targets, in their order.
  const itemsOf = new Map<string, ValidEntry<'tasks' | 'targets'>[]>();
  for (const entry of validEntries<'tasks' | 'targets'>([...index.tasks, ...index.targets])) {
    const list = itemsOf.get(entry.data.plan);
    if (list) list.push(entry);
    else itemsOf.set(entry.data.plan, [entry]);
  }
  return validEntries(index.plans).flatMap((plan) => {
    const seen = new Map<string, string>();
    const problems: Problem[] = [];
    const claim = (number: string | undefined, file: string, line: number | undefined) => {
      if (!number) return;
      const first = seen.get(number);
      if (first)
        problems.push({
          file,
          line,
          field: 'number',
          message: `số mục "${number}" đã dùng ở ${first}`,
          fix: 'mỗi mục trong một kế hoạch có một số riêng.',
        });
      else seen.set(number, file);
    };
    // A missing number is a body-rule problem, reported already (the tree is then left alone).
    for (const section of plan.tree ? numberedSections(plan.tree) : []) {
      if (section.number && !/^[IVXLC]+(?:\.(?:\d+|[a-z]))*$/.test(section.number)) {
        problems.push({
          file: plan.file,
          line: section.line,
          message: `số mục "${section.number}" viết sai dạng`,
          fix: 'bắt đầu bằng số La Mã, các cấp ngăn bằng dấu chấm, ví dụ "II.2".',
        });
      }
      claim(section.number, plan.file, section.line);
    }
    for (const entry of itemsOf.get(plan.id) ?? []) {
      claim(entry.data.number, entry.file, entry.lineOf(['number']));
    }
    return problems;
  });
};

/** A target's text is either its own body or a task's (textFrom), never both, never neither. */
export const targetTextSource: CrossCheck = (index) => {
  const taskById = firstById(index.tasks);
  return validEntries(index.targets).flatMap((target): Problem[] => {
    const textFrom = target.data.textFrom;
    const hasBody = target.body.trim().length > 0;
    if (textFrom) {
      const task = taskById.get(textFrom);
      if (!task)
        return [
          missingReference(
            target,
            ['textFrom'],
            textFrom,
            ids(index.tasks),
            'nhiệm vụ',
            'content/nhiem-vu/',
          ),
        ];
      if (!task.id.startsWith(`${target.data.plan}/`))
        return [
          {
            file: target.file,
            line: target.lineOf(['textFrom']),
            field: 'textFrom',
            message: 'nhiệm vụ này thuộc kế hoạch khác',
            fix: 'chọn nhiệm vụ của cùng kế hoạch.',
          },
        ];
      if (hasBody)
        return [
          {
            file: target.file,
            line: target.bodyLine,
            message:
              'việc theo dõi đã lấy câu từ nhiệm vụ (textFrom) nên phần nội dung phải để trống',
            fix: 'xóa phần chữ sau dòng "---", hoặc bỏ trường textFrom.',
          },
        ];
      return [];
    }
    return hasBody
      ? []
      : [
          {
            file: target.file,
            line: target.bodyLine,
            message: 'chưa có nguyên văn chỉ tiêu',
            fix: 'chép nguyên văn chỉ tiêu vào sau dòng "---", hoặc ghi textFrom nếu câu nằm trong một nhiệm vụ.',
          },
        ];
  });
};

/** A task is its official text: an empty body means it has not been copied yet. */
export const bodiesPresent: CrossCheck = (index) =>
  validEntries(index.tasks)
    .filter((task) => task.body.trim().length === 0)
    .map((task) => ({
      file: task.file,
      line: task.bodyLine,
      message: 'chưa có nguyên văn nhiệm vụ',
      fix: 'chép nguyên văn (kể cả số mục) vào sau dòng "---".',
    }));

/** Frontmatter editor's notes must quote words that really occur in the header strings. */
export const frontmatterNotesQuoteText: CrossCheck = (index) =>
  validEntries(index.plans).flatMap((plan) => {
    const data = plan.data;
    const haystack = JSON.stringify([data.summary, data.header, data.signature, data.recipients]);
    return data.editorNotes.flatMap((note, i) =>
      haystack.includes(JSON.stringify(note.quote).slice(1, -1))
        ? []
        : [
            {
              file: plan.file,
              line: plan.lineOf(['editorNotes', i, 'quote']),
              field: `editorNotes[${i}].quote`,
              message: `không tìm thấy "${note.quote}" trong phần đầu, trích yếu, chữ ký hay nơi nhận`,
              fix: 'chép đúng từng chữ của đoạn cần chú thích.',
            },
          ],
    );
  });

/** The original document a plan was copied from is on disk, where its `source.file` says. */
export const sourceFilesExist: CrossCheck = (index, { contentDir, types }) =>
  validEntries(index.plans).flatMap((plan) => {
    const source = plan.data.source;
    return existsSync(join(contentDir, types.plans.dir, source.file))
      ? []
      : [
          {
            file: plan.file,
            line: plan.lineOf(['source', 'file']),
            field: 'source.file',
            message: `không tìm thấy tệp văn bản gốc "${source.file}"`,
            fix: 'đặt tệp văn bản gốc vào content/ke-hoach/nguon/ và ghi đúng đường dẫn.',
          },
        ];
  });
