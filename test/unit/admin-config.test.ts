import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentTypes } from '../../src/content-types.ts';
import {
  cmsConfig,
  cmsConfigYaml,
  periodChoices,
  type EditingChoices,
} from '../../src/lib/admin/cms-config.ts';
import { githubRepository } from '../../src/lib/admin/repository.ts';
import {
  choicesOfEnum,
  fieldsOf,
  imageForForms,
  labelAndHint,
  type CmsField,
} from '../../src/lib/admin/schema-fields.ts';
import { progressSchema } from '../../src/schemas/progress.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

type AnySchema = z.core.$ZodType;

const CHOICES: EditingChoices = {
  units: [
    { value: 'lao-cai', label: 'tỉnh Lào Cai' },
    { value: 'lai-chau', label: 'tỉnh Lai Châu' },
  ],
  provinces: [
    { value: 'lao-cai', label: 'tỉnh Lào Cai' },
    { value: 'lai-chau', label: 'tỉnh Lai Châu' },
  ],
  themes: [{ value: 'giao-duc-the-he-tre', label: 'Giáo dục thế hệ trẻ' }],
  tasks: [{ value: 'mau/ii-1', label: 'II.1 Nhiệm vụ mẫu (Kế hoạch số 01/KH-MAU)' }],
  targets: [{ value: 'mau/i-1', label: 'I.1 Chỉ tiêu mẫu (Kế hoạch số 01/KH-MAU)' }],
  progress: [
    {
      id: 'mau/i-1',
      label: 'I.1 Chỉ tiêu mẫu (Kế hoạch số 01/KH-MAU)',
      measures: [
        { id: 'ty-le', label: 'Tỷ lệ mẫu', kind: 'rate', unit: '%' },
        { id: 'so-luong', label: 'Số lượng mẫu', kind: 'count', unit: 'mô hình' },
      ],
      years: { from: 2025, to: 2026 },
    },
  ],
};
const OPTIONS = { repository: 'hoi-ccb/ccb-bien-gioi', branch: 'main', siteName: 'Trang mẫu' };

const config = cmsConfig(CHOICES, OPTIONS);
/** A collection as Sveltia reads it: entries in a folder, or a list of files. */
interface Collection {
  name: string;
  fields: CmsField[];
  files: { file: string; fields: CmsField[] }[];
  slug?: unknown;
}
const collection = (name: string) =>
  config.collections.find((c) => c.name === name) as unknown as Collection;
const fileForm = (collectionName: string, file: string) =>
  collection(collectionName).files.find((f) => f.file === file)!;

/** Every key path of an object schema, arrays' elements written "[]" (e.g. "photos[].alt"). */
function schemaPaths(schema: AnySchema, prefix = ''): string[] {
  let inner = schema;
  for (;;) {
    const def = inner._zod.def as unknown as {
      type: string;
      innerType?: AnySchema;
      in?: AnySchema;
    };
    if (['optional', 'nullable', 'default', 'prefault'].includes(def.type) && def.innerType)
      inner = def.innerType;
    else if (def.type === 'pipe' && def.in) inner = def.in;
    else break;
  }
  const def = inner._zod.def as unknown as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    options?: AnySchema[];
  };
  if (def.type === 'object')
    return Object.entries(def.shape!).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...schemaPaths(child, path)];
    });
  if (def.type === 'array') return schemaPaths(def.element!, `${prefix}[]`);
  if (def.type === 'union')
    return [...new Set(def.options!.flatMap((option) => schemaPaths(option, prefix)))];
  return [];
}

/** Every key path the form fields write ("[]" for list items; a variable type's key included). */
function formPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = field.fields as CmsField[] | undefined;
    const item = field.field as CmsField | undefined;
    const types = field.types as { fields: CmsField[] }[] | undefined;
    const typeKey = field.typeKey as string | undefined;
    if (field.widget === 'list' && nested) return [path, ...formPaths(nested, `${path}[]`)];
    if (field.widget === 'list' && types)
      return [
        path,
        `${path}[].${typeKey}`,
        ...types.flatMap((type) => formPaths(type.fields, `${path}[]`)),
      ];
    if (field.widget === 'list' && item) return [path];
    if (nested) return [path, ...formPaths(nested, path)];
    return [path];
  });
}

const imageContext = { image: imageForForms } as never;

describe('the editing page’s forms cover every schema field (one source of truth)', () => {
  const cases: [string, AnySchema, CmsField[]][] = [
    ['stories', contentTypes.stories.schema(imageContext), collection('cau-chuyen').fields],
    ['models', contentTypes.models.schema(imageContext), collection('mo-hinh').fields],
    ['progress', progressSchema, fileForm('tien-do', 'content/tien-do/mau/i-1.json').fields],
    [
      'units',
      unitSchema,
      (fileForm('danh-muc', 'content/don-vi.yaml').fields[0]!.fields as CmsField[]) ?? [],
    ],
    [
      'themes',
      contentTypes.themes.schema,
      (fileForm('danh-muc', 'content/chu-de.yaml').fields[0]!.fields as CmsField[]) ?? [],
    ],
    ['site settings', siteSchema, fileForm('danh-muc', 'content/trang-web.yaml').fields],
  ];

  it.each(cases)(
    '%s: every field of the schema has a field in the form',
    (_name, schema, fields) => {
      const form = new Set(formPaths(fields));
      const missing = schemaPaths(schema).filter((path) => !form.has(path));
      expect(missing).toEqual([]);
    },
  );

  it.each(cases)(
    '%s: the form asks for nothing the schema does not know',
    (_name, schema, fields) => {
      const known = new Set(schemaPaths(schema));
      const extra = formPaths(fields).filter((path) => !known.has(path) && path !== 'body');
      expect(extra).toEqual([]);
    },
  );

  it('the coverage check itself notices a field the form lacks', () => {
    const fields = fieldsOf(unitSchema).filter((field) => field.name !== 'note');
    const form = new Set(formPaths(fields));
    expect(schemaPaths(unitSchema).filter((path) => !form.has(path))).toEqual(['note']);
  });

  it('offers no form for official texts (plans, tasks, targets)', () => {
    const yaml = cmsConfigYaml(CHOICES, OPTIONS);
    expect(yaml).not.toMatch(/content\/(ke-hoach|nhiem-vu|chi-tieu)/);
  });
});

describe('fields read from the schemas', () => {
  const story = collection('cau-chuyen').fields;
  const find = (fields: readonly CmsField[], path: string): CmsField => {
    const [head, ...rest] = path.split('.');
    const field = fields.find((f) => f.name === head);
    if (!field) throw new Error(`no field ${path}`);
    return rest.length ? find((field.fields ?? []) as CmsField[], rest.join('.')) : field;
  };

  it('labels in Vietnamese, with the rest of the description as help', () => {
    expect(find(story, 'title').label).toBe('Tiêu đề');
    expect(find(story, 'rights').label).toBe('Quyền sử dụng');
    expect(find(story, 'rights').hint).toBe(
      'Sự đồng ý và giấy phép — thiếu thì câu chuyện không được đăng.',
    );
    expect(labelAndHint('giấy phép sử dụng, ví dụ "CC BY-NC 4.0" — bắt buộc', 'licence')).toEqual({
      label: 'Giấy phép sử dụng',
      hint: 'Ví dụ "CC BY-NC 4.0" — bắt buộc.',
    });
  });

  it('marks what the schema requires, and leaves optional fields optional', () => {
    expect(find(story, 'rights.consent.givenBy').required).toBe(true);
    expect(find(story, 'narrator.homePlace.former').required).toBe(false);
    expect(find(story, 'contentNote').required).toBe(false);
  });

  it('dates are picked on a calendar and written dd/mm/yyyy', () => {
    expect(find(story, 'published')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'DD/MM/YYYY',
    });
  });

  it('numbers keep the schema’s range and whole-number rule', () => {
    expect(find(story, 'narrator.birthYear')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1945,
      max: 2050,
    });
  });

  it('choices carry their Vietnamese names, read from the schema’s own message', () => {
    expect(find(story, 'ageBands')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: [
        { value: 'tieu-hoc', label: 'Tiểu học' },
        { value: 'thcs', label: 'THCS' },
        { value: 'thpt', label: 'THPT' },
      ],
    });
    const level = unitSchema.shape.level;
    expect(choicesOfEnum(level).map((c) => c.label)).toEqual([
      'Tỉnh',
      'Huyện, đã bỏ từ 01/07/2025',
      'Xã, phường, đặc khu',
    ]);
  });

  it('references to other content are chosen from the content, with their names', () => {
    expect(find(story, 'themes')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      max: 3,
      options: [{ value: 'giao-duc-the-he-tre', label: 'Giáo dục thế hệ trẻ' }],
    });
    // A story's province is one of today's provinces, picked by its name.
    expect(find(story, 'province')).toMatchObject({
      widget: 'select',
      options: CHOICES.provinces,
    });
    const model = collection('mo-hinh').fields;
    expect(find(model, 'unit')).toMatchObject({ widget: 'select', options: CHOICES.units });
  });

  it('lists of objects become lists of small forms, with the schema’s minimum', () => {
    const keyWords = find(story, 'keyWords');
    expect(keyWords).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.term}}' });
    expect((keyWords.fields as CmsField[]).map((f) => f.name)).toEqual(['term', 'meaning']);
  });

  it('photos are uploads, and their description (alt) is required', () => {
    const photos = find(story, 'photos');
    const fields = photos.fields as CmsField[];
    expect(fields.find((f) => f.name === 'src')).toMatchObject({ widget: 'image' });
    expect(fields.find((f) => f.name === 'alt')).toMatchObject({
      widget: 'string',
      required: true,
    });
    expect(collection('cau-chuyen')).toMatchObject({ media_folder: 'anh', public_folder: './anh' });
  });

  it('a new file’s name is fixed once saved, in the ids’ own form', () => {
    expect(collection('mo-hinh').slug).toMatchObject({
      editable: ['create'],
      pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', expect.stringContaining('chữ thường không dấu')],
    });
  });
});

describe('progress figures: one period of one unit in a form', () => {
  const series = fileForm('tien-do', 'content/tien-do/mau/i-1.json').fields[0]!;
  const types = series.types as { name: string; label: string; fields: CmsField[] }[];
  const points = (measure: string) =>
    types.find((t) => t.name === measure)!.fields.find((f) => f.name === 'points')!
      .fields as CmsField[];

  it('the measure is chosen by its name, never typed', () => {
    expect(series).toMatchObject({ widget: 'list', typeKey: 'measure', min: 1 });
    expect(types.map((t) => [t.name, t.label])).toEqual([
      ['ty-le', 'Tỷ lệ mẫu'],
      ['so-luong', 'Số lượng mẫu'],
    ]);
  });

  it('periods are the plan’s years and half-years', () => {
    expect(periodChoices({ from: 2025, to: 2025 })).toEqual([
      { value: '2025', label: 'Cả năm 2025' },
      { value: '2025-H1', label: '6 tháng đầu năm 2025' },
      { value: '2025-H2', label: '6 tháng cuối năm 2025' },
    ]);
    expect(points('ty-le').find((f) => f.name === 'period')!.options).toHaveLength(6);
  });

  it('a rate is a percentage from 0 to 100, refused beyond with the checker’s words', () => {
    const value = points('ty-le').find((f) => f.name === 'value')!;
    expect(value).toMatchObject({ widget: 'number', value_type: 'float', min: 0, max: 100 });
    const [pattern, message] = value.pattern as [string, string];
    const accepts = (v: number) => new RegExp(pattern).test(String(v));
    expect([0, 7.5, 96.4, 100].every(accepts)).toBe(true);
    expect([140, 100.5, 1000].some(accepts)).toBe(false);
    expect(message).toContain('tỷ lệ nằm ngoài khoảng 0–100');
  });

  it('a count is a whole number', () => {
    expect(points('so-luong').find((f) => f.name === 'value')).toMatchObject({
      value_type: 'int',
      min: 0,
    });
  });

  it('the source is a document for real figures and left empty for sample ones', () => {
    const source = points('ty-le').find((f) => f.name === 'source')!;
    expect(source.widget).toBe('object');
    expect((source.fields as CmsField[]).map((f) => [f.name, f.required])).toEqual([
      ['document', false],
      ['date', false],
      ['issuer', false],
    ]);
  });
});

describe('the configuration as a whole', () => {
  it('saves through pull requests to the named repository, signing in with a token', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'hoi-ccb/ccb-bien-gioi',
      branch: 'main',
      auth_methods: ['token'],
    });
  });

  it('is valid YAML that reads back to the same configuration', () => {
    expect(parse(cmsConfigYaml(CHOICES, OPTIONS))).toEqual(
      JSON.parse(JSON.stringify(config)) as unknown,
    );
  });

  it('names the repository from the settings, or the one GitHub Actions builds', () => {
    expect(githubRepository('https://github.com/hoi-ccb/ccb-bien-gioi', undefined)).toBe(
      'hoi-ccb/ccb-bien-gioi',
    );
    expect(githubRepository('https://github.com/hoi-ccb/ccb-bien-gioi.git', 'x/y')).toBe(
      'hoi-ccb/ccb-bien-gioi',
    );
    expect(githubRepository(null, 'hoi-ccb/kho')).toBe('hoi-ccb/kho');
    expect(githubRepository('https://gitlab.com/a/b', undefined)).toBeUndefined();
    expect(githubRepository(null, undefined)).toBeUndefined();
  });
});
