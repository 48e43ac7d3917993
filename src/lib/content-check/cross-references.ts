import { placeholderIds, scanTags } from '../plan-body.ts';
import type { ContentTypeName } from '../../content-types.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read-content.ts';
import { officialTextIsLiteral } from './official-text-checks.ts';
import { modelStoryChecks } from './model-story-checks.ts';
import { closest } from './suggest.ts';
import { progressChecks } from './progress-checks.ts';

/** Every entry read, by type; `valid` holds the data when it passed its schema. */
export interface CheckedEntry extends RawEntry {
  valid: Record<string, unknown> | undefined;
}
export type ContentIndex = Record<ContentTypeName, CheckedEntry[]>;
type ValidEntry = CheckedEntry & { valid: Record<string, unknown> };

/**
 * Checks read data only from entries that passed their schema (the others were reported
 * already), but look ids up among all entries, so one mistake is reported once.
 */
export const validEntries = (entries: CheckedEntry[]): ValidEntry[] =>
  entries.filter((e): e is ValidEntry => e.valid !== undefined);
const ids = (entries: CheckedEntry[]) => entries.map((e) => e.id);

/** A check across entries, e.g. "every theme a task names exists". */
export type CrossCheck = (index: ContentIndex) => Problem[];

const field = <T>(entry: ValidEntry, key: string) => entry.valid[key] as T;

export function missingReference(
  entry: ValidEntry,
  path: PropertyKey[],
  value: string,
  known: string[],
  what: string,
  where: string,
): Problem {
  const guess = closest(value, known);
  return {
    file: entry.file,
    line: entry.lineOf(path),
    field: path.map(String).join('.'),
    message: `không có ${what} nào mang mã "${value}"`,
    fix: guess ? `có phải ý bạn là "${guess}"?` : `dùng mã có trong ${where}.`,
  };
}

const duplicateIds: CrossCheck = (index) =>
  (Object.values(index) as CheckedEntry[][]).map(validEntries).flatMap((entries) => {
    const seen = new Map<string, CheckedEntry>();
    return entries.flatMap((entry) => {
      const first = seen.get(entry.id);
      seen.set(entry.id, first ?? entry);
      if (!first || first.file !== entry.file) return [];
      return [
        {
          file: entry.file,
          line: entry.lineOf(['id']),
          field: 'id',
          message: `mã "${entry.id}" bị trùng (đã dùng ở dòng ${first.lineOf(['id'])})`,
          fix: 'đặt cho mỗi mục một mã riêng.',
        },
      ];
    });
  });

const themesExist: CrossCheck = (index) => {
  const themes = ids(index.themes);
  return validEntries([...index.tasks, ...index.targets]).flatMap((entry) =>
    field<string[]>(entry, 'themes')
      .map((theme, i) =>
        themes.includes(theme)
          ? undefined
          : missingReference(entry, ['themes', i], theme, themes, 'chủ đề', 'content/chu-de.yaml'),
      )
      .filter((p): p is Problem => p !== undefined),
  );
};

const plansExist: CrossCheck = (index) => {
  const plans = ids(index.plans);
  return validEntries([...index.tasks, ...index.targets]).flatMap((entry) => {
    const plan = field<string>(entry, 'plan');
    if (!plans.includes(plan))
      return [
        missingReference(
          entry,
          ['plan'],
          plan,
          plans,
          'kế hoạch',
          'content/ke-hoach/ (tên tệp, bỏ đuôi .mdx)',
        ),
      ];
    if (!entry.id.startsWith(`${plan}/`)) {
      return [
        {
          file: entry.file,
          line: entry.lineOf(['plan']),
          field: 'plan',
          message: `tệp nằm trong thư mục "${entry.id.split('/')[0]}" nhưng ghi thuộc kế hoạch "${plan}"`,
          fix: `chuyển tệp vào thư mục ${plan}/ hoặc sửa trường plan.`,
        },
      ];
    }
    return [];
  });
};

const unitsExist: CrossCheck = (index) => {
  const units = ids(index.units);
  const check = (entry: ValidEntry, path: PropertyKey[], value: string | undefined) =>
    value === undefined || units.includes(value)
      ? []
      : [missingReference(entry, path, value, units, 'đơn vị', 'content/don-vi.yaml')];
  return [
    ...validEntries(index.plans).flatMap((plan) =>
      check(plan, ['province'], field<string>(plan, 'province')),
    ),
    ...validEntries(index.units).flatMap((unit) => [
      ...check(unit, ['parent'], field<string | undefined>(unit, 'parent')),
      ...field<string[]>(unit, 'successors').flatMap((s, i) => check(unit, ['successors', i], s)),
    ]),
  ];
};

/** Every task and target sits exactly once in its plan's body; every placeholder points at one. */
const placeholdersMatch: CrossCheck = (index) =>
  validEntries(index.plans).flatMap((plan) => {
    const problems: Problem[] = [];
    const inPlan = (entries: CheckedEntry[]) =>
      entries.filter((e) => e.id.startsWith(`${plan.id}/`));
    for (const [component, entries, what] of [
      ['Task', inPlan(index.tasks), 'nhiệm vụ'],
      ['Target', inPlan(index.targets), 'chỉ tiêu'],
    ] as const) {
      const own = ids(entries);
      // Placed in the text: every entry but aims whose sentence lives in a task (textFrom).
      const placeable = ids(entries.filter((e) => !e.valid?.textFrom));
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
const numbersUnique: CrossCheck = (index) =>
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
      (e) => field<string>(e, 'plan') === plan.id,
    )) {
      claim(field<string>(entry, 'number'), entry.file, entry.lineOf(['number']));
    }
    return problems;
  });

/** A target's text is either its own body or a task's (textFrom), never both, never neither. */
const targetTextSource: CrossCheck = (index) =>
  validEntries(index.targets).flatMap((target) => {
    const textFrom = field<string | undefined>(target, 'textFrom');
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
      if (!task.id.startsWith(`${field<string>(target, 'plan')}/`))
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

const bodiesPresent: CrossCheck = (index) =>
  validEntries(index.tasks)
    .filter((task) => task.body.trim().length === 0)
    .map((task) => ({
      file: task.file,
      line: task.bodyLine,
      message: 'chưa có nguyên văn nhiệm vụ',
      fix: 'chép nguyên văn (kể cả số mục) vào sau dòng "---".',
    }));

/** Frontmatter editor's notes must quote words that really occur in the header strings. */
const frontmatterNotesQuoteText: CrossCheck = (index) =>
  validEntries(index.plans).flatMap((plan) => {
    const data = plan.valid;
    const haystack = JSON.stringify([data.summary, data.header, data.signature, data.recipients]);
    return (data.editorNotes as { quote: string }[]).flatMap((note, i) =>
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

export const crossChecks: CrossCheck[] = [
  duplicateIds,
  themesExist,
  plansExist,
  unitsExist,
  placeholdersMatch,
  numbersUnique,
  targetTextSource,
  bodiesPresent,
  frontmatterNotesQuoteText,
  officialTextIsLiteral,
  progressChecks,
  ...modelStoryChecks,
];
