import { parseVnDate } from '../lib/format/date.ts';
import {
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
  return entries.flatMap((entry) =>
    entry.data[key].flatMap((id, i) =>
      known.includes(id) ? [] : [missingReference(entry, [key, i], id, known, what, where)],
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

/** A story serves at least one task on educating the young generation (the teachers' way in from the plans). */
export const storiesServeYouthTasks: CrossCheck = (index) => {
  const tasks = validEntries(index.tasks);
  const youthIds = tasks
    .filter((task) => task.data.themes.includes(YOUTH_THEME))
    .map((task) => task.id);
  // Until some task carries the theme there is nothing to link to (and nothing to ask).
  if (youthIds.length === 0) return [];
  return validEntries(index.stories).flatMap((story) => {
    const named = story.data.tasks;
    // Unknown or broken tasks were reported already; only judge a list whose tasks all passed their checks.
    if (
      !named.every((id) => tasks.some((task) => task.id === id)) ||
      named.some((id) => youthIds.includes(id))
    )
      return [];
    return [
      {
        file: story.file,
        line: story.lineOf(['tasks']),
        field: 'tasks',
        message: 'câu chuyện chưa gắn với nhiệm vụ nào về giáo dục thế hệ trẻ',
        fix: `thêm vào tasks một trong các nhiệm vụ: ${youthIds.join(', ')}.`,
      },
    ];
  });
};
