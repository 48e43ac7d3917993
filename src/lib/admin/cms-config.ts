import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { contentTypes } from '../../content-types.ts';
import { progressSchema, SAMPLE_SOURCE } from '../../schemas/progress.ts';
import { siteSchema } from '../../schemas/site.ts';
import { fieldsOf, imageForForms, type Choice, type CmsField } from './schema-fields.ts';

/**
 * The editing page's configuration (Sveltia CMS's config.yml), generated from the same schemas the
 * checker uses (src/content-types.ts, src/schemas/). Editors may add or change models, stories,
 * progress figures, units, themes, published figures and site settings; official texts (plans, tasks, targets) are not
 * offered. Every save opens a pull request (editorial workflow), which the checker then judges.
 */

/** Choices that come from the content itself: what a reference field may name. */
export interface EditingChoices {
  units: readonly Choice[];
  /** Today's provinces: where a story belongs. */
  provinces: readonly Choice[];
  themes: readonly Choice[];
  tasks: readonly Choice[];
  targets: readonly Choice[];
  /** One progress file per target that has one. */
  progress: readonly ProgressFile[];
}

export interface ProgressFile {
  /** "lao-cai-03-kh-ccb/ii-2-1": the target's id, also the file's name under content/tien-do/. */
  id: string;
  /** How editors find it, e.g. "Kế hoạch số 03/KH-CCB — II.2.1 Mỗi cấp Hội…". */
  label: string;
  measures: readonly { id: string; label: string; kind: 'rate' | 'count'; unit: string }[];
  /** Years the plan covers: the reporting periods offered. */
  years: { from: number; to: number };
}

export interface EditingOptions {
  /** "owner/name" on GitHub; undefined when the site names no repository yet. */
  repository?: string;
  /** Branch pull requests go to. */
  branch: string;
  /** Site name, shown on the sign-in page. */
  siteName: string;
}

/** Slug rule every new model or story file name follows (the same as the schemas' ids). */
const FILE_NAME_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const FILE_NAME_MESSAGE =
  'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "to-hop-tac-nuoi-ong"';

const IMAGE_CONTEXT = { image: imageForForms } as unknown as Parameters<
  Extract<(typeof contentTypes)['models']['schema'], (...args: never[]) => unknown>
>[0];

/** Photo subfields: the file goes next to the content file, in "anh/". */
const photoOverrides = (list: string) => ({
  [`${list}.src`]: (field: CmsField): CmsField => ({
    ...field,
    hint: 'Ảnh JPG, PNG hoặc WebP; được lưu trong thư mục "anh" cạnh tệp nội dung.',
  }),
  [`${list}.alt`]: (field: CmsField): CmsField => ({
    ...field,
    required: true,
    hint: 'Tả ảnh cho người không nhìn thấy: ai, làm gì, ở đâu. Bắt buộc với mọi ảnh.',
  }),
});

function folderCollection(options: {
  name: string;
  label: string;
  singular: string;
  dir: string;
  identifier: string;
  schema: z.core.$ZodType;
  choices: Record<string, readonly Choice[]>;
  body: CmsField;
  description: string;
}) {
  return {
    name: options.name,
    label: options.label,
    label_singular: options.singular,
    description: options.description,
    folder: `content/${options.dir}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    identifier_field: options.identifier,
    summary: `{{${options.identifier}}}`,
    // The file name is fixed when the entry is created: renaming a file whose pull request is
    // already open would orphan it (Sveltia CMS issue #990), and the name is the page's address.
    slug: {
      template: `{{${options.identifier}}}`,
      editable: ['create'],
      hint: 'Tên tệp, cũng là địa chỉ trang: chữ thường không dấu, nối bằng gạch ngang. Không đổi được sau khi lưu.',
      pattern: [FILE_NAME_PATTERN, FILE_NAME_MESSAGE],
    },
    media_folder: 'anh',
    public_folder: './anh',
    fields: [
      ...fieldsOf(options.schema, {
        choices: options.choices,
        overrides: photoOverrides('photos'),
      }),
      options.body,
    ],
  };
}

/** Reporting periods of a plan's years: whole years and half-years, as the schema writes them. */
const periodLists = new Map<string, Choice[]>();
export function periodChoices(years: { from: number; to: number }): Choice[] {
  const key = `${years.from}-${years.to}`;
  const known = periodLists.get(key);
  if (known) return known;
  const choices: Choice[] = [];
  for (let year = years.from; year <= years.to; year++)
    choices.push(
      { value: String(year), label: `Cả năm ${year}` },
      { value: `${year}-H1`, label: `6 tháng đầu năm ${year}` },
      { value: `${year}-H2`, label: `6 tháng cuối năm ${year}` },
    );
  periodLists.set(key, choices);
  return choices;
}

/**
 * One target's progress file as a form: a list of series, one type per measure of the target (so
 * the measure is picked by its name, never typed), each with its unit and its figures, one per
 * period. A rate is a percentage from 0 to 100; a count is a whole number.
 */
function progressFileForm(file: ProgressFile, units: readonly Choice[]) {
  const seriesSchema = (progressSchema.shape.series as unknown as z.ZodArray<z.ZodObject>).element;
  const types = file.measures.map((measure) => {
    const fields = fieldsOf(seriesSchema, {
      choices: { unit: units, 'points.period': periodChoices(file.years) },
      overrides: {
        'points.value': (field) =>
          measure.kind === 'rate'
            ? {
                ...field,
                label: 'Giá trị (%)',
                value_type: 'float',
                min: 0,
                max: 100,
                step: 0.1,
                hint: 'Tỷ lệ phần trăm từ 0 đến 100, ví dụ 96,4. Không nhân 100 hai lần.',
                pattern: [
                  '^(|null|undefined|100(\\.0+)?|\\d{1,2}(\\.\\d+)?)$',
                  'tỷ lệ nằm ngoài khoảng 0–100: ghi tỷ lệ phần trăm từ 0 đến 100, không nhân 100 hai lần.',
                ],
              }
            : {
                ...field,
                label: `Giá trị (${measure.unit})`,
                value_type: 'int',
                min: 0,
                hint: 'Số lượng: số nguyên không âm.',
              },
        derivedFrom: (field) => ({
          ...field,
          hint: 'Chỉ dùng cho thước đo đếm tự động từ hồ sơ mô hình; khi đó bỏ trống đơn vị và số liệu.',
        }),
      },
      custom: {
        // A union the form cannot hold: a real figure names its document, a sample says it is one.
        // The page's save step (src/admin/save-steps.js) writes the sample form back.
        'points.source': (base) => ({
          ...base,
          widget: 'object',
          required: false,
          hint: `Số liệu thật: ghi văn bản nguồn. Số liệu minh họa: để trống, trang tự ghi “${SAMPLE_SOURCE}”.`,
          fields: fieldsOf(documentSourceSchema()).map((f) => ({ ...f, required: false })),
        }),
      },
    }).filter((field) => field.name !== 'measure');
    return {
      name: measure.id,
      label: measure.label,
      widget: 'object',
      summary: '{{fields.unit}}',
      fields,
    };
  });
  return {
    name: file.id.replace('/', '--'),
    label: file.label,
    file: `content/tien-do/${file.id}.json`,
    format: 'json',
    fields: [
      {
        name: 'series',
        label: 'Các chuỗi số liệu',
        hint: 'Mỗi chuỗi là một thước đo của một đơn vị; mỗi số liệu là một kỳ báo cáo.',
        widget: 'list',
        typeKey: 'measure',
        types,
        min: 1,
        collapsed: 'auto',
      },
    ],
  };
}

/** The real-figure branch of a point's `source` union: the document a figure comes from. */
function documentSourceSchema(): z.core.$ZodType {
  const series = (progressSchema.shape.series as unknown as z.ZodArray<z.ZodObject>).element;
  const points = series.shape.points as unknown as z.ZodOptional<z.ZodArray<z.ZodObject>>;
  const source = points.unwrap().element.shape.source as unknown as z.ZodUnion;
  const document = source.options.find((option) => option._zod.def.type === 'object');
  if (!document) throw new Error('progress source: no document branch');
  return document;
}

/** The whole configuration, as an object. */
export function cmsConfig(choices: EditingChoices, options: EditingOptions) {
  const story = contentTypes.stories.schema(IMAGE_CONTEXT);
  const model = contentTypes.models.schema(IMAGE_CONTEXT);
  return {
    backend: {
      name: 'github',
      ...(options.repository ? { repo: options.repository } : {}),
      branch: options.branch,
      // A personal access token; signing in through GitHub's own page needs a server we do not run.
      auth_methods: ['token'],
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}” (trang biên tập)',
        update: 'Sửa {{collection}} “{{slug}}” (trang biên tập)',
        delete: 'Xóa {{collection}} “{{slug}}” (trang biên tập)',
        uploadMedia: 'Tải ảnh “{{path}}” (trang biên tập)',
        deleteMedia: 'Xóa ảnh “{{path}}” (trang biên tập)',
      },
    },
    // Every save is a branch and a pull request; publishing is merging, after the checker.
    publish_mode: 'editorial_workflow',
    app_title: `Biên tập — ${options.siteName}`,
    show_preview_links: false,
    media_folder: 'content/anh',
    // Photos come from the editor's own files: no stock-photo sites (nothing from other sites).
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [
      folderCollection({
        name: 'cau-chuyen',
        label: 'Câu chuyện cựu chiến binh',
        singular: 'câu chuyện',
        description: 'Lời kể của cựu chiến binh cho nhà trường, với sự đồng ý của người kể.',
        dir: 'cau-chuyen',
        identifier: 'title',
        schema: story,
        choices: { province: choices.provinces, themes: choices.themes, tasks: choices.tasks },
        body: {
          name: 'body',
          label: 'Lời kể',
          widget: 'markdown',
          hint: 'Nội dung câu chuyện, chia đoạn như khi kể.',
        },
      }),
      folderCollection({
        name: 'mo-hinh',
        label: 'Mô hình “Dân vận khéo”',
        singular: 'mô hình',
        description: 'Mô hình, điển hình “Dân vận khéo” và kết quả có số liệu.',
        dir: 'mo-hinh',
        identifier: 'name',
        schema: model,
        choices: { unit: choices.units, tasks: choices.tasks, targets: choices.targets },
        body: {
          name: 'body',
          label: 'Cách làm',
          widget: 'markdown',
          hint: 'Mô hình làm thế nào, chia thành các mục có tiêu đề.',
        },
      }),
      {
        name: 'tien-do',
        label: 'Số liệu tiến độ',
        description:
          'Số liệu của từng chỉ tiêu theo đơn vị và kỳ báo cáo. Văn bản chỉ tiêu là văn bản chính thức, không sửa ở đây.',
        files: choices.progress.map((file) => progressFileForm(file, choices.units)),
      },
      {
        name: 'danh-muc',
        label: 'Đơn vị, chủ đề, thông tin trang',
        files: [
          {
            name: 'don-vi',
            label: 'Đơn vị',
            file: 'content/don-vi.yaml',
            fields: [
              {
                name: 'items',
                label: 'Đơn vị',
                widget: 'list',
                root: true,
                collapsed: 'auto',
                summary: '{{fields.name}}',
                fields: fieldsOf(contentTypes.units.schema, {
                  choices: { parent: choices.units, successors: choices.units },
                }),
              },
            ],
          },
          {
            name: 'chu-de',
            label: 'Chủ đề',
            file: 'content/chu-de.yaml',
            fields: [
              {
                name: 'items',
                label: 'Chủ đề',
                widget: 'list',
                root: true,
                collapsed: 'auto',
                summary: '{{fields.name}}',
                fields: fieldsOf(contentTypes.themes.schema),
              },
            ],
          },
          {
            name: 'so-lieu-cong-bo',
            label: 'Số liệu đã công bố',
            file: 'content/so-lieu-cong-bo.yaml',
            fields: [
              {
                name: 'items',
                label: 'Số liệu đã công bố',
                hint: 'Chỉ ghi con số đã đọc tận mắt trên trang nguồn, kèm cơ quan đăng và địa chỉ trang.',
                widget: 'list',
                root: true,
                collapsed: 'auto',
                summary: '{{fields.value}} {{fields.unit}}',
                fields: fieldsOf(contentTypes.published.schema, {
                  choices: { place: choices.units, informs: choices.targets },
                }),
              },
            ],
          },
          {
            name: 'trang-web',
            label: 'Thông tin trang',
            file: 'content/trang-web.yaml',
            fields: fieldsOf(siteSchema).map((field) =>
              field.required
                ? field
                : {
                    ...field,
                    hint: 'Để trống nếu chưa có: chân trang ghi rõ “Chưa có thông tin”.',
                  },
            ),
          },
        ],
      },
    ],
  };
}

/** config.yml as the editing page loads it. */
export function cmsConfigYaml(choices: EditingChoices, options: EditingOptions): string {
  return [
    '# Tạo tự động khi dựng trang, từ src/schemas/ (src/lib/admin/cms-config.ts): đừng sửa tay.',
    // Sveltia's schema, named for editors' tools (the page never loads it); it also quiets its tip.
    '# yaml-language-server: $schema=https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json',
    stringify(cmsConfig(choices, options), { lineWidth: 0 }),
  ].join('\n');
}
