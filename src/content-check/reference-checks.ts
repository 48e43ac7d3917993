import type { ContentTypeName } from '../content-types.ts';
import { PAGE_SEGMENT } from '../lib/paging.ts';
import {
  ids,
  missingReference,
  validEntries,
  type CrossCheck,
  type SourceEntry,
  type ValidEntry,
} from './entries.ts';
import type { Problem } from './problem.ts';

/**
 * Checks that ids are unique, leave the lists' page addresses free, and that the themes, plans and
 * units entries name exist.
 */

/** Two entries of one type with the same id: the second is reported, pointing at the first. */
export const duplicateIds: CrossCheck = (index) =>
  Object.values(index)
    .map((entries) => validEntries<ContentTypeName>(entries))
    .flatMap((entries) => {
      const seen = new Map<string, SourceEntry>();
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

/** Every theme a task or target names is in content/chu-de.yaml. */
export const themesExist: CrossCheck = (index) => {
  const themes = ids(index.themes);
  return validEntries([...index.tasks, ...index.targets]).flatMap((entry) =>
    entry.data.themes.flatMap((theme, i) =>
      themes.includes(theme)
        ? []
        : [missingReference(entry, ['themes', i], theme, themes, 'chủ đề', 'content/chu-de.yaml')],
    ),
  );
};

/** Every task and target names a plan that exists, and sits in that plan's folder. */
export const plansExist: CrossCheck = (index) => {
  const plans = ids(index.plans);
  const planIds = new Set(plans);
  return validEntries([...index.tasks, ...index.targets]).flatMap((entry): Problem[] => {
    const plan = entry.data.plan;
    if (!planIds.has(plan))
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

/** A plan's province, a unit's parent and its successors are units in content/don-vi.yaml. */
export const unitsExist: CrossCheck = (index) => {
  const units = ids(index.units);
  const check = (
    entry: ValidEntry<'plans' | 'units'>,
    path: PropertyKey[],
    value: string | undefined,
  ) =>
    value === undefined || units.includes(value)
      ? []
      : [missingReference(entry, path, value, units, 'đơn vị', 'content/don-vi.yaml')];
  return [
    ...validEntries(index.plans).flatMap((plan) => check(plan, ['province'], plan.data.province)),
    ...validEntries(index.units).flatMap((unit) => [
      ...check(unit, ['parent'], unit.data.parent),
      ...unit.data.successors.flatMap((s, i) => check(unit, ['successors', i], s)),
    ]),
  ];
};

/** The list each type's ids appear under, for the message: "/mo-hinh/". */
const LISTED_UNDER: Partial<Record<ContentTypeName, string>> = {
  plans: '/ke-hoach/',
  tasks: '/nhiem-vu/',
  targets: '/chi-tieu/',
  models: '/mo-hinh/',
  stories: '/cau-chuyen/',
  themes: '/chu-de/',
};

/**
 * No id takes the address of a list's page: "trang-2" is page 2 of a list (src/lib/paging.ts), so
 * a model saved as content/mo-hinh/trang-2.mdx would never be published at /mo-hinh/trang-2/.
 */
export const idsLeavePageAddressesFree: CrossCheck = (index) =>
  (Object.keys(LISTED_UNDER) as ContentTypeName[]).flatMap((type) =>
    validEntries<ContentTypeName>(index[type]).flatMap((entry): Problem[] => {
      const segment = entry.id.split('/').find((part) => PAGE_SEGMENT.test(part));
      if (!segment) return [];
      const list = `${LISTED_UNDER[type]}${segment}/`;
      return type === 'themes'
        ? [
            {
              file: entry.file,
              line: entry.lineOf(['id']),
              field: 'id',
              message: `mã "${entry.id}" trùng với địa chỉ một trang của danh sách (${list})`,
              fix: `đặt mã khác, không có dạng "trang-" và một con số, ví dụ "${entry.id}-chu-de".`,
            },
          ]
        : [
            {
              file: entry.file,
              message: `tên "${segment}" trùng với địa chỉ một trang của danh sách (${list}), nên trang của mục này không được đăng`,
              fix: `đổi tên tệp (hoặc thư mục) "${segment}", ví dụ thêm vài chữ nói nội dung: "${segment}-…".`,
            },
          ];
    }),
  );
