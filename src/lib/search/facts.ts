import type { FilterKey } from './filters.ts';

/**
 * What the search index knows about a page besides its text: the facts a result shows (kind,
 * plan or place) and the filters a reader narrows by. A page type opts into search by passing
 * these to BaseLayout (`search={…}`); see README "Search" for the fields.
 */

/**
 * Kinds of page that lead to records rather than being one: the home page, lists (a theme's
 * page lists its tasks and targets), the teachers' pages, progress, the method. They are
 * searchable (readers look for them by name) but weigh less than records, and only their own
 * words are indexed, not the records they list.
 */
export const HUB_KINDS: readonly string[] = [
  'Chủ đề',
  'Phương pháp',
  'Tiến độ',
  'Cho giáo viên',
  'Danh sách',
  'Trang chủ',
];

/**
 * The words by which a query names a kind of record ("dan van kheo" asks for models). Each
 * record of the kind is indexed with them too, so "chuyện kể" finds every story.
 */
export const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  'Mô hình': ['mô hình', 'dân vận khéo', 'điển hình'],
  'Câu chuyện': ['câu chuyện', 'chuyện kể'],
  'Chỉ tiêu': ['chỉ tiêu'],
  'Việc theo dõi': ['việc theo dõi'],
  'Nhiệm vụ': ['nhiệm vụ', 'giải pháp'],
  'Kế hoạch': ['kế hoạch'],
  'Chủ đề': ['chủ đề'],
};

/** Meta fields shown in a result, and the searched field of identifying numbers. */
export const META = {
  kind: 'kind',
  /** The plan or place a result belongs to, e.g. "Kế hoạch số 03/KH-CCB · tỉnh Lào Cai". */
  context: 'context',
  /** Numbers people type to find the page: "03/KH-CCB", "II.2.4", "2.4". */
  numbers: 'numbers',
  /** Present (with the banner's words) when the page shows sample content. */
  sample: 'sample',
  /** Added at build, searched, never shown: the kind's words and the long forms of abbreviations the page writes. */
  alias: 'alias',
} as const;

/** Filter of list pages, never shown: the kind of record the page lists (the models' list: "Mô hình"). */
export const LISTS_FILTER = 'lists';

export interface SearchFacts {
  /** Kind of page, shown on each result and used as a filter: one of KINDS in filters.ts (or a new kind). */
  kind: string;
  /** The plan, unit or place the page belongs to, shown under the result title. */
  context?: string;
  /** Province name(s) for the province filter, e.g. "tỉnh Lào Cai". */
  province?: string | string[];
  /** Year(s) for the year filter: a plan's year of issue, a model's start year, a story's year. */
  year?: number | number[];
  /** Field(s) (lĩnh vực) for models. */
  field?: string | string[];
  /** Age band(s) (Tiểu học, THCS, THPT) for stories. */
  age?: string | string[];
  /** Document and section numbers that identify the page, e.g. ["16-KH/TU"] or ["II.2.4"]. */
  numbers?: string[];
  /** The page shows sample content: its results say so, as its banner does. */
  sample?: boolean;
  /** For a list page: the kind of record it lists, so a query naming that kind shows the list too. */
  lists?: string;
}

/** What a result of a sample page says, like the page's own banner. */
export const SAMPLE_LABEL = 'Nội dung minh họa';

export interface FactAttribute {
  /** "data-pagefind-filter" or "data-pagefind-meta". */
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta';
  /** Attribute value: the key, reading its value from data-value (so commas are safe). */
  key: string;
  value: string;
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The forms a number is typed in: a section number also as printed in the text ("II.2.4" →
 * "2.4"). Đ needs no second form: the index folds it to D like any letter with a mark.
 */
export function numberForms(number: string): string[] {
  const forms = [number];
  const printed = /^[IVXLC]+\.(\d.*)$/.exec(number)?.[1];
  if (printed && printed.includes('.')) forms.push(printed);
  return forms;
}

/** One hidden element per fact. Values go through data-value, so any text is safe. */
export function factAttributes(facts: SearchFacts): FactAttribute[] {
  const filter = (key: FilterKey, values: (string | number)[]) =>
    values.map((value) => ({
      attribute: 'data-pagefind-filter' as const,
      key: `${key}[data-value]`,
      value: String(value),
    }));
  const meta = (key: string, value: string | undefined) =>
    value ? [{ attribute: 'data-pagefind-meta' as const, key: `${key}[data-value]`, value }] : [];
  const numbers = [...new Set(list(facts.numbers).flatMap(numberForms))];
  return [
    ...filter('kind', [facts.kind]),
    ...filter('province', list(facts.province)),
    ...filter('year', list(facts.year)),
    ...filter('field', list(facts.field)),
    ...filter('age', list(facts.age)),
    ...(facts.lists
      ? [
          {
            attribute: 'data-pagefind-filter' as const,
            key: `${LISTS_FILTER}[data-value]`,
            value: facts.lists,
          },
        ]
      : []),
    ...meta(META.kind, facts.kind),
    ...meta(META.context, facts.context),
    ...meta(META.numbers, numbers.join(' ')),
    ...meta(META.sample, facts.sample ? SAMPLE_LABEL : undefined),
  ];
}
