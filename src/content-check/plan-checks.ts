import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { placeholderIds, scanTags } from '../lib/plan-body.ts';
import {
  ids,
  missingReference,
  validEntries,
  type CheckedEntry,
  type CrossCheck,
} from './entries.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * Checks of plans against their tasks and targets: every item placed once in the plan's text,
 * section numbers unique, every official text present once, editor's notes quoting real words,
 * the original document on disk.
 */

/** Every task and target sits exactly once in its plan's body; every placeholder points at one. */
export const placeholdersMatch: CrossCheck = (index) =>
  validEntries(index.plans).flatMap((plan) => {
    const problems: Problem[] = [];
    const inPlan = <Entry extends CheckedEntry<'tasks' | 'targets'>>(entries: Entry[]) =>
      entries.filter((e) => e.id.startsWith(`${plan.id}/`));
    for (const [component, entries, what] of [
      ['Task', inPlan(index.tasks), 'nhiệm vụ'],
      ['Target', inPlan(index.targets), 'chỉ tiêu'],
    ] as const) {
      const own = ids(entries);
      // Placed in the text: every entry but aims whose sentence lives in a task (textFrom).
      const placeable = ids(entries.filter((e) => !(e.type === 'targets' && e.data?.textFrom)));
      const placed = placeholderIds(plan.body, component);
      const tags = scanTags(plan.body).filter((t) => t.name === component);
      placed.forEach((id, i) => {
        const line = plan.bodyLine + (tags[i]?.line ?? 1) - 1;
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
        } else if (placed.indexOf(id) !== i) {
          problems.push({
            file: plan.file,
            line,
            message: `${what} "${id}" được đặt hai lần trong văn bản`,
            fix: 'mỗi đoạn văn chỉ nằm ở một chỗ: xóa chỗ thừa.',
          });
        }
      });
      for (const id of placeable.filter((id) => !placed.includes(id))) {
        problems.push({
          file: plan.file,
          message: `${what} "${id}" chưa được đặt vào văn bản kế hoạch`,
          fix: `thêm <${component} id="${id}" /> vào đúng vị trí của nó trong văn bản.`,
        });
      }
    }
    return problems;
  });

/** Section numbers are unique within a plan, so every anchor ("#muc-ii-2-4") is unambiguous. */
export const numbersUnique: CrossCheck = (index) =>
  validEntries(index.plans).flatMap((plan) => {
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
    for (const tag of scanTags(plan.body).filter(
      (t) => (t.name === 'Heading' || t.name === 'Clause') && t.kind !== 'close',
    )) {
      if (!tag.attributes.number) {
        problems.push({
          file: plan.file,
          line: plan.bodyLine + tag.line - 1,
          message: `<${tag.name}> thiếu thuộc tính number`,
          fix: `viết dạng <${tag.name} number="II.1">.`,
        });
      } else if (!/^[IVXLC]+(?:\.(?:\d+|[a-z]))*$/.test(tag.attributes.number)) {
        problems.push({
          file: plan.file,
          line: plan.bodyLine + tag.line - 1,
          message: `số mục "${tag.attributes.number}" viết sai dạng`,
          fix: 'bắt đầu bằng số La Mã, các cấp ngăn bằng dấu chấm, ví dụ "II.2".',
        });
      }
      claim(tag.attributes.number, plan.file, plan.bodyLine + tag.line - 1);
    }
    for (const entry of validEntries([...index.tasks, ...index.targets]).filter(
      (e) => e.data.plan === plan.id,
    )) {
      claim(entry.data.number, entry.file, entry.lineOf(['number']));
    }
    return problems;
  });

/** A target's text is either its own body or a task's (textFrom), never both, never neither. */
export const targetTextSource: CrossCheck = (index) =>
  validEntries(index.targets).flatMap((target): Problem[] => {
    const textFrom = target.data.textFrom;
    const hasBody = target.body.trim().length > 0;
    if (textFrom) {
      const task = index.tasks.find((t) => t.id === textFrom);
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
              'chỉ tiêu đã lấy nguyên văn từ nhiệm vụ (textFrom) nên phần nội dung phải để trống',
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
