import { yearOf } from '../lib/format/date.ts';
import { printedNumber } from '../lib/section-order.ts';
import { firstById, validEntries, type CrossCheck, type ValidEntry } from './entries.ts';
import type { Problem } from './problem.ts';

/**
 * Checks that keep targets to what the documents say: a target carries the number its text
 * prints, its milestones quote the text's own words, an aim the editors track stays apart from
 * the targets, and tracking starts in the year of issue (the one rule of the method page).
 */

/** The words a reader reads: editor's notes and MDX escapes out, spaces as one. */
export function readableText(body: string): string {
  return body
    .replace(/<EditorNote>[\s\S]*?<\/EditorNote>/g, '')
    .replace(/\\([.\-*+#])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first number a milestone's wording states: "01" → 1, "96%" → 96, "trên 75%" → 75. */
export function statedNumber(wording: string): number | undefined {
  const match = /\d+(?:[.,]\d+)?/.exec(wording);
  return match ? Number(match[0].replace(',', '.')) : undefined;
}

/** A target's own text starts with the number the document prints for it ("2.8 Phấn đấu…"). */
export const targetsCarryPrintedNumbers: CrossCheck = (index) =>
  validEntries(index.targets).flatMap((target): Problem[] => {
    const { kind, number } = target.data;
    if (kind !== 'target' || !number) return [];
    const text = readableText(target.body);
    const printed = printedNumber(number);
    const escaped = printed.replace(/\./g, '\\.');
    if (!text || new RegExp(`^${escaped}[.)]? `).test(text)) return [];
    return [
      {
        file: target.file,
        line: target.lineOf(['number']),
        field: 'number',
        message: `nguyên văn chỉ tiêu không bắt đầu bằng số "${printed}" của mục ${number}: văn bản không đánh số này cho chỉ tiêu`,
        fix: 'ghi đúng số mục văn bản in; nếu văn bản không gọi đó là chỉ tiêu và không đánh số, ghi kind: tracked, bỏ number và ghi textFrom (việc theo dõi do ban biên tập đặt ra).',
      },
    ];
  });

/** The text a target's milestones must quote: its own body, or its task's for a tracked aim. */
function sourceText(
  target: ValidEntry<'targets'>,
  taskById: ReadonlyMap<string, ValidEntry<'tasks'>>,
): string {
  const from = target.data.textFrom;
  const body = from ? (taskById.get(from)?.body ?? '') : target.body;
  return readableText(body);
}

/**
 * A milestone's wording is the text's own: found word for word in it, with the number the
 * milestone uses and "trên" exactly when the comparison is "greater than".
 */
export const milestoneWordingFromText: CrossCheck = (index) => {
  const taskById = firstById(validEntries(index.tasks));
  return validEntries(index.targets).flatMap((target) => {
    const text = sourceText(target, taskById);
    return target.data.measures.flatMap((measure, m) =>
      measure.milestones.flatMap((milestone, i): Problem[] => {
        const wording = milestone.wording;
        if (!wording) return [];
        const path = ['measures', m, 'milestones', i, 'wording'];
        const at = {
          file: target.file,
          line: target.lineOf(path),
          field: `measures[${m}].milestones[${i}].wording`,
        };
        if (!text.includes(wording.replace(/\s+/g, ' ')))
          return [
            {
              ...at,
              message: `không tìm thấy "${wording}" trong nguyên văn`,
              fix: 'chép đúng từng chữ của mốc như văn bản viết (ví dụ "96% trở lên", "trên 75%"), hoặc bỏ wording nếu văn bản không ghi số.',
            },
          ];
        const problems: Problem[] = [];
        if (statedNumber(wording) !== milestone.value)
          problems.push({
            ...at,
            message: `nguyên văn mốc "${wording}" không nói số ${milestone.value} của "value"`,
            fix: 'sửa "value" cho khớp với số văn bản ghi.',
          });
        if (/(^|\s)trên(\s|$)/u.test(wording) !== (milestone.comparator === '>'))
          problems.push({
            ...at,
            message: `nguyên văn mốc "${wording}" và phép so sánh "${milestone.comparator}" không khớp`,
            fix: '"trên …" là ">" (bằng mốc là chưa đạt); "… trở lên", "ít nhất …", "100%" là ">=".',
          });
        return problems;
      }),
    );
  });
};

/** One rule for when tracking starts, applied to every plan: the year the document was issued. */
export const trackingStartsAtIssue: CrossCheck = (index) => {
  const plans = new Map(validEntries(index.plans).map((plan) => [plan.id, plan]));
  const planProblems = [...plans.values()].flatMap((plan): Problem[] => {
    const issued = yearOf(plan.data.issued);
    return plan.data.period.from === issued
      ? []
      : [
          {
            file: plan.file,
            line: plan.lineOf(['period', 'from']),
            field: 'period.from',
            message: `thời kỳ theo dõi bắt đầu năm ${plan.data.period.from}, không phải năm ban hành ${issued}`,
            fix: `ghi from: ${issued}: việc theo dõi bắt đầu từ năm ban hành văn bản (quy tắc ở trang Phương pháp đánh giá).`,
          },
        ];
  });
  const targetProblems = validEntries(index.targets).flatMap((target) => {
    const plan = plans.get(target.data.plan);
    if (!plan) return [];
    const issued = yearOf(plan.data.issued);
    return target.data.measures.flatMap((measure, m): Problem[] => {
      const first = Math.min(...measure.milestones.map((milestone) => milestone.from));
      if (first === issued) return [];
      const i = measure.milestones.findIndex((milestone) => milestone.from === first);
      return [
        {
          file: target.file,
          line: target.lineOf(['measures', m, 'milestones', i, 'from']),
          field: `measures[${m}].milestones[${i}].from`,
          message: `mốc đầu tiên của "${measure.id}" bắt đầu năm ${first}, trong khi kế hoạch ban hành năm ${issued}`,
          fix: `ghi from: ${issued}: mọi chỉ tiêu và việc theo dõi bắt đầu từ năm ban hành văn bản (quy tắc ở trang Phương pháp đánh giá), kể cả khi năm đó chỉ còn ít tuần.`,
        },
      ];
    });
  });
  return [...planProblems, ...targetProblems];
};

/** An aim the editors track is never placed in the plan's text as if the document stated it. */
export const trackedAimsNotPlaced: CrossCheck = (index) => {
  const tracked = validEntries(index.targets).filter((t) => t.data.kind === 'tracked');
  return validEntries(index.plans).flatMap((plan) =>
    tracked
      .filter((aim) => plan.body.includes(`<Target id="${aim.id}"`))
      .map((aim) => ({
        file: plan.file,
        line: plan.bodyLine + plan.body.split(`<Target id="${aim.id}"`)[0]!.split('\n').length - 1,
        message: `"${aim.id}" là việc theo dõi do ban biên tập đặt ra, không phải chỉ tiêu của văn bản, nên không được đặt vào toàn văn`,
        fix: 'xóa dòng <Target …/> này: câu gốc đã nằm trong nhiệm vụ mà việc theo dõi ghi ở textFrom.',
      })),
  );
};

/**
 * A plan issued before 01/07/2025 for a province that changed that day says how the site reads it
 * afterwards (an editors' assumption, shown as one).
 */
export const reorganisationReadingStated: CrossCheck = (index) => {
  const units = validEntries(index.units);
  return validEntries(index.plans).flatMap((plan): Problem[] => {
    if (plan.data.afterReorganisation) return [];
    const predecessors = units.filter(
      (unit) =>
        unit.data.successors.includes(plan.data.province) &&
        unit.data.level === 'province' &&
        unit.data.validTo !== undefined,
    );
    const issuedIso = plan.data.issued.split('/').reverse().join('-');
    const changed = predecessors.some(
      (unit) => unit.data.validTo!.split('/').reverse().join('-') >= issuedIso,
    );
    return changed
      ? [
          {
            file: plan.file,
            line: plan.lineOf(['province']),
            field: 'afterReorganisation',
            message:
              'kế hoạch ban hành trước khi tỉnh thay đổi (01/07/2025) mà chưa nói trang hiểu kế hoạch thế nào sau ngày đó',
            fix: 'thêm afterReorganisation: một đoạn nói rõ giả định của ban biên tập (kế hoạch còn áp dụng cho tỉnh mới với các mốc cũ, hay dừng đánh giá từ 01/07/2025).',
          },
        ]
      : [];
  });
};
