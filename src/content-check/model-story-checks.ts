import { parseVnDate } from '../lib/format/date.ts';
import {
  firstById,
  ids,
  missingReference,
  validEntries,
  type CrossCheck,
  type SourceEntry,
} from './entries.ts';
import type { Problem } from './problem.ts';

/** Checks of "Dân vận khéo" models and veterans' stories against the rest of the content. */

/** Every id an entry lists under `key` is one of `known`. */
function listedIdsExist<Key extends string>(
  entries: (SourceEntry & { data: Record<Key, string[]> })[],
  key: Key,
  known: string[],
  what: string,
  where: string,
): Problem[] {
  const knownIds = new Set(known);
  return entries.flatMap((entry) =>
    entry.data[key].flatMap((id, i) =>
      knownIds.has(id) ? [] : [missingReference(entry, [key, i], id, known, what, where)],
    ),
  );
}

/** Tasks and targets a model or story names exist; so do the themes of stories. */
export const linksExist: CrossCheck = (index) => {
  const models = validEntries(index.models);
  const stories = validEntries(index.stories);
  return [
    ...listedIdsExist(
      [...models, ...stories],
      'tasks',
      ids(index.tasks),
      'nhiệm vụ',
      'content/nhiem-vu/ (thư mục kế hoạch/tên tệp, bỏ đuôi .mdx, ví dụ "lai-chau-16-kh-tu/ii-4")',
    ),
    ...listedIdsExist(
      models,
      'targets',
      ids(index.targets),
      'chỉ tiêu',
      'content/chi-tieu/ (ví dụ "lao-cai-03-kh-ccb/ii-2-8")',
    ),
    ...listedIdsExist(stories, 'themes', ids(index.themes), 'chủ đề', 'content/chu-de.yaml'),
  ];
};

const yearOf = (date: string | undefined) => (date ? parseVnDate(date)?.year : undefined);

/**
 * A model belongs to the unit as it was in the year it started: the unit must exist in
 * content/don-vi.yaml, be a commune or province, and have existed that year (01/07/2025 reform).
 */
export const modelUnitsValid: CrossCheck = (index) => {
  const units = validEntries(index.units);
  return validEntries(index.models).flatMap((model): Problem[] => {
    const unitId = model.data.unit;
    const started = model.data.yearStarted;
    const unit = units.find((u) => u.id === unitId);
    if (!unit)
      return index.units.some((u) => u.id === unitId)
        ? []
        : [
            missingReference(
              model,
              ['unit'],
              unitId,
              ids(index.units),
              'đơn vị',
              'content/don-vi.yaml',
            ),
          ];
    const at = { file: model.file, line: model.lineOf(['unit']), field: 'unit' };
    if (unit.data.level === 'district') {
      return [
        {
          ...at,
          message: `"${unit.data.name}" là cấp huyện; mô hình ghi theo xã, phường (hoặc tỉnh)`,
          fix: 'ghi mã của xã, phường nơi có mô hình.',
        },
      ];
    }
    const from = yearOf(unit.data.validFrom);
    const to = yearOf(unit.data.validTo);
    if ((from !== undefined && started < from) || (to !== undefined && started > to)) {
      const successors = unit.data.successors.join(', ');
      return [
        {
          ...at,
          message: `đơn vị "${unit.data.name}" không tồn tại vào năm ${started} (năm bắt đầu của mô hình)${from ? `; đơn vị có từ ${unit.data.validFrom}` : ''}${to ? `; đơn vị chấm dứt ngày ${unit.data.validTo}` : ''}`,
          fix: to
            ? `mô hình bắt đầu sau khi sắp xếp đơn vị hành chính thì ghi đơn vị mới${successors ? ` (${successors})` : ''}.`
            : 'mô hình bắt đầu trước 01/07/2025 thì ghi xã, phường như trước khi sắp xếp (thêm vào content/don-vi.yaml nếu chưa có, kèm validTo và successors).',
        },
      ];
    }
    return [];
  });
};

/** "Recognised" and "replicated" need the recognition that says so. */
export const recognitionBacksStatus: CrossCheck = (index) =>
  validEntries(index.models).flatMap((model) => {
    const status = model.data.status;
    const recognitions = model.data.recognition;
    return (status === 'recognised' || status === 'replicated') && recognitions.length === 0
      ? [
          {
            file: model.file,
            line: model.lineOf(['status']),
            field: 'status',
            message:
              'tình trạng là đã được công nhận hoặc nhân rộng nhưng chưa ghi quyết định công nhận nào',
            fix: 'thêm mục recognition (cấp, cơ quan, số quyết định, năm), hoặc để status: effective.',
          },
        ]
      : [];
  });

/** Consent must be given before the story is published: silence is not consent. */
export const consentBeforePublishing: CrossCheck = (index) =>
  validEntries(index.stories).flatMap((story) => {
    const consent = parseVnDate(story.data.rights.consent.date);
    const published = parseVnDate(story.data.published);
    if (!consent || !published) return [];
    const key = (d: { year: number; month: number; day: number }) =>
      d.year * 10000 + d.month * 100 + d.day;
    return key(consent) > key(published)
      ? [
          {
            file: story.file,
            line: story.lineOf(['rights', 'consent', 'date']),
            field: 'rights.consent.date',
            message:
              'ngày đồng ý sau ngày đăng: câu chuyện chỉ được đăng sau khi người kể (hoặc gia đình) đã đồng ý',
            fix: 'kiểm tra lại ngày đồng ý trên phiếu đồng ý, hoặc dời ngày đăng (published).',
          },
        ]
      : [];
  });

/** Theme of the plan tasks stories are written for. */
export const YOUTH_THEME = 'giao-duc-the-he-tre';

/**
 * A story serves its own province's plans: every task it names belongs to a plan of its province,
 * unless `tasksNote` says why another province's task is named; and where its province's plans
 * have a task on educating the young generation, it names one (the teachers' way in from the plans).
 */
export const storiesServeTheirProvince: CrossCheck = (index) => {
  const tasks = validEntries(index.tasks);
  const taskById = firstById(tasks);
  const planById = firstById(validEntries(index.plans));
  const provinceOf = (taskId: string) => {
    const plan = taskById.get(taskId)?.data.plan;
    return plan === undefined ? undefined : planById.get(plan)?.data.province;
  };
  // Each province's tasks on educating the young generation, in the order of the tasks.
  const youthTasks = new Map<string | undefined, string[]>();
  for (const task of tasks)
    if (task.data.themes.includes(YOUTH_THEME)) {
      const province = provinceOf(task.id);
      const list = youthTasks.get(province);
      if (list) list.push(task.id);
      else youthTasks.set(province, [task.id]);
    }
  return validEntries(index.stories).flatMap((story): Problem[] => {
    const named = story.data.tasks;
    // Unknown or broken tasks (or plans) were reported already; only judge a list that passed its checks.
    if (!named.every((id) => provinceOf(id) !== undefined)) return [];
    const own = story.data.province;
    const problems: Problem[] = [];
    const foreign = named.filter((id) => provinceOf(id) !== own);
    if (foreign.length && !story.data.tasksNote)
      problems.push({
        file: story.file,
        line: story.lineOf(['tasks']),
        field: 'tasks',
        message: `câu chuyện của "${own}" gắn với nhiệm vụ của kế hoạch tỉnh khác: ${foreign.join(', ')}`,
        fix: 'gắn với nhiệm vụ trong kế hoạch của tỉnh mình, hoặc thêm tasksNote nói rõ vì sao gắn với kế hoạch của tỉnh khác.',
      });
    const youthIds = youthTasks.get(own) ?? [];
    if (youthIds.length && !named.some((id) => youthIds.includes(id)))
      problems.push({
        file: story.file,
        line: story.lineOf(['tasks']),
        field: 'tasks',
        message:
          'câu chuyện chưa gắn với nhiệm vụ nào về giáo dục thế hệ trẻ của kế hoạch tỉnh mình',
        fix: `thêm vào tasks một trong các nhiệm vụ: ${youthIds.join(', ')}.`,
      });
    return problems;
  });
};

/**
 * The years that place a model on its way to target 2.8: "effective" and beyond need the year it
 * first worked effectively, "replicated" the year it was first replicated, in order.
 */
export const modelYearsBackStatus: CrossCheck = (index) =>
  validEntries(index.models).flatMap((model): Problem[] => {
    const { status, yearStarted, yearEffective, yearReplicated } = model.data;
    const at = (field: string) => ({ file: model.file, line: model.lineOf([field]), field });
    const problems: Problem[] = [];
    if (['effective', 'recognised', 'replicated'].includes(status) && yearEffective === undefined)
      problems.push({
        ...at('status'),
        message:
          'tình trạng cho thấy mô hình đã hoạt động có hiệu quả nhưng chưa ghi năm (yearEffective)',
        fix: 'thêm yearEffective: năm mô hình bắt đầu hoạt động có hiệu quả.',
      });
    if (status === 'replicated' && yearReplicated === undefined)
      problems.push({
        ...at('status'),
        message: 'mô hình được nhân rộng nhưng chưa ghi năm được nhân rộng (yearReplicated)',
        fix: 'thêm yearReplicated: năm mô hình được nhân rộng lần đầu.',
      });
    if (yearReplicated !== undefined && yearEffective === undefined)
      problems.push({
        ...at('yearReplicated'),
        message: 'có năm được nhân rộng mà chưa có năm hoạt động có hiệu quả',
        fix: 'thêm yearEffective (mô hình được nhân rộng khi đã hoạt động có hiệu quả).',
      });
    if (yearEffective !== undefined && yearEffective < yearStarted)
      problems.push({
        ...at('yearEffective'),
        message: `năm hoạt động có hiệu quả (${yearEffective}) trước năm bắt đầu (${yearStarted})`,
        fix: 'kiểm tra lại hai năm này.',
      });
    if (
      yearEffective !== undefined &&
      yearReplicated !== undefined &&
      yearReplicated < yearEffective
    )
      problems.push({
        ...at('yearReplicated'),
        message: `năm được nhân rộng (${yearReplicated}) trước năm hoạt động có hiệu quả (${yearEffective})`,
        fix: 'kiểm tra lại hai năm này.',
      });
    return problems;
  });

/** What marks a name as made up in sample records. */
const SAMPLE_MARK = 'minh họa';

/**
 * Sample content never speaks with a real body's authority: in a sample record every recognising
 * or awarding body says "(minh họa)", and no decision number or date is given (a made-up number
 * reads like a real one).
 */
export const samplesBorrowNoAuthority: CrossCheck = (index) =>
  validEntries(index.models)
    .filter((model) => model.data.sample)
    .flatMap((model) => [
      ...model.data.recognition.flatMap((recognition, i): Problem[] => [
        ...(recognition.body.includes(SAMPLE_MARK)
          ? []
          : [
              {
                file: model.file,
                line: model.lineOf(['recognition', i, 'body']),
                field: `recognition[${i}].body`,
                message: `nội dung minh họa ghi cơ quan công nhận "${recognition.body}": không được mượn tên cơ quan có thật`,
                fix: 'ghi "Một cơ quan cấp … (minh họa)".',
              },
            ]),
        ...(['decision', 'date'] as const)
          .filter((key) => recognition[key] !== undefined)
          .map((key) => ({
            file: model.file,
            line: model.lineOf(['recognition', i, key]),
            field: `recognition[${i}].${key}`,
            message: `nội dung minh họa không ghi ${key === 'decision' ? 'số quyết định' : 'ngày quyết định'}: một số hiệu bịa trông như thật`,
            fix: `xóa dòng ${key}.`,
          })),
      ]),
      ...model.data.awards.flatMap((award, i): Problem[] =>
        award.body.includes(SAMPLE_MARK)
          ? []
          : [
              {
                file: model.file,
                line: model.lineOf(['awards', i, 'body']),
                field: `awards[${i}].body`,
                message: `nội dung minh họa ghi cấp khen "${award.body}": không được mượn tên cơ quan có thật`,
                fix: 'ghi "Một cơ quan cấp … (minh họa)".',
              },
            ],
      ),
    ]);
