import { z } from 'astro/zod';
import { entryId, slug, text, vnDate, year } from './fields.ts';
import { photoSchema, sourceSchema, type ImageHelper } from './photo.ts';

/** The four official fields (lĩnh vực) of "Dân vận khéo" models, in their customary order. */
export const MODEL_FIELDS = {
  'kinh-te': 'Kinh tế',
  'van-hoa-xa-hoi': 'Văn hóa – xã hội',
  'quoc-phong-an-ninh': 'Quốc phòng – an ninh',
  'xay-dung-he-thong-chinh-tri': 'Xây dựng hệ thống chính trị',
} as const;
export type ModelField = keyof typeof MODEL_FIELDS;

/** Mô hình = a way of working others can copy; điển hình = an exemplary collective or person. */
export const MODEL_KINDS = {
  'mo-hinh': 'Mô hình',
  'dien-hinh-tap-the': 'Điển hình tập thể',
  'dien-hinh-ca-nhan': 'Điển hình cá nhân',
} as const;

/** Lifecycle of a model: registered → effective → recognised → replicated; or stopped. */
export const MODEL_STATUSES = {
  registered: 'Đã đăng ký',
  effective: 'Hoạt động hiệu quả',
  recognised: 'Được công nhận',
  replicated: 'Được nhân rộng',
  stopped: 'Đã dừng',
} as const;

/** Level of the body that recognised the model. */
export const RECOGNITION_LEVELS = {
  commune: 'Cấp xã',
  district: 'Cấp huyện (trước 01/07/2025)',
  province: 'Cấp tỉnh',
  national: 'Toàn quốc',
} as const;

const keysOf = <T extends object>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
const choice = <T extends object>(record: T, label: string) =>
  z
    .enum(keysOf(record), {
      error: `chỉ nhận một trong các giá trị: ${Object.entries(record)
        .map(([key, name]) => `"${key}" (${name})`)
        .join(', ')}`,
    })
    .describe(label);

/** One measured result, e.g. 12 "hộ thoát nghèo" in 2024. */
const resultSchema = z
  .object({
    /** What was counted or measured, e.g. "Hộ thoát nghèo". */
    label: text('nội dung kết quả'),
    /** The number itself (decimal point in the file; shown with a decimal comma). */
    value: z.number({ error: 'phải là số (không đặt trong ngoặc kép)' }).describe('con số'),
    /** Unit of the number, e.g. "hộ", "triệu đồng", "%". */
    unit: text('đơn vị tính'),
    /** Year the number refers to, if it is one year's result. */
    year: year('năm của kết quả').optional(),
  })
  .strict();

/** A recognition (công nhận) by an authority. */
const recognitionSchema = z
  .object({
    /** Level of the recognising body. */
    level: choice(RECOGNITION_LEVELS, 'cấp công nhận'),
    /**
     * The body, as named at the time (Ban Dân vận became Ban Tuyên giáo và Dân vận in 2025). Sample
     * records name no real body: "(minh họa)" or an invented one.
     */
    body: text('cơ quan công nhận'),
    /** Decision number as printed, e.g. "0000-QĐ/VIDU" (real records only: samples carry none). */
    decision: text('số quyết định').optional(),
    /** Date of the decision, "dd/mm/yyyy", when known. */
    date: vnDate('ngày quyết định').optional(),
    /** Year of the recognition. */
    year: year('năm công nhận'),
  })
  .strict();

/** An award (khen thưởng): certificate of merit, prize… */
const awardSchema = z
  .object({
    /** Form of the award, e.g. "Bằng khen". */
    title: text('hình thức khen thưởng'),
    /** Who gave it. */
    body: text('cấp khen'),
    /** Year given. */
    year: year('năm khen thưởng'),
  })
  .strict();

/**
 * Every field of a model but its photos, made once: Astro makes a collection's schema anew for
 * each entry it reads (its `image()` helper is the entry's own), and only the photos need it.
 */
const modelFieldsBeforePhotos = {
  /** Name of the model, e.g. "Tổ hợp tác nuôi ong của Chi hội CCB thôn …". */
  name: text('tên mô hình').pipe(
    z.string().max(140, { error: 'dài quá 140 ký tự; hãy viết ngắn gọn hơn' }),
  ),
  /** Mô hình, điển hình tập thể or điển hình cá nhân. */
  kind: choice(MODEL_KINDS, 'loại'),
  /** Who runs it: the collective or the person. */
  runner: text('đơn vị, người thực hiện'),
  /** Organisational unit (commune) as it was in `yearStarted`: an id from content/don-vi.yaml. */
  unit: slug('đơn vị (xã, phường)'),
  /** Village or residential group, as text (thôn, bản, tổ dân phố). */
  village: text('thôn, bản, tổ dân phố').optional(),
  /** One of the four official fields. */
  field: choice(MODEL_FIELDS, 'lĩnh vực'),
  /** Free tags, e.g. ["nuôi ong", "giảm nghèo"]. */
  tags: z.array(text('từ khóa')).default([]).describe('từ khóa'),
  /** Year the model started. */
  yearStarted: year('năm bắt đầu'),
  /** Year it first worked effectively (hoạt động có hiệu quả); required from status "effective" on. */
  yearEffective: year('năm hoạt động có hiệu quả').optional(),
  /** Year it was first replicated (được nhân rộng); required for status "replicated". */
  yearReplicated: year('năm được nhân rộng').optional(),
  /** Where it stands now. */
  status: choice(MODEL_STATUSES, 'tình trạng'),
  /** One or two sentences for lists and link previews. */
  summary: text('tóm tắt').pipe(
    z.string().max(300, { error: 'dài quá 300 ký tự; tóm tắt trong một, hai câu' }),
  ),
  /** Results with numbers. */
  results: z
    .array(resultSchema)
    .min(1, { error: 'cần ít nhất 1 kết quả có số liệu' })
    .describe('kết quả'),
  /** Recognitions by an authority (may be empty while not yet recognised). */
  recognition: z.array(recognitionSchema).default([]).describe('công nhận'),
  /** Awards. */
  awards: z.array(awardSchema).default([]).describe('khen thưởng'),
};
const modelFieldsAfterPhotos = {
  /** Where the facts come from. */
  sources: z.array(sourceSchema).min(1, { error: 'cần ít nhất 1 nguồn' }).describe('nguồn'),
  /** Plan tasks it carries out: ids under content/nhiem-vu/. */
  tasks: z.array(entryId('nhiệm vụ')).default([]).describe('nhiệm vụ thực hiện'),
  /** Plan targets it counts toward: ids under content/chi-tieu/. */
  targets: z.array(entryId('chỉ tiêu')).default([]).describe('chỉ tiêu góp phần'),
  /** Day the record was published on the site, "dd/mm/yyyy" (orders the news feed). */
  published: vnDate('ngày đăng'),
  /** True for made-up sample content: shows the "Nội dung minh họa" banner and is left out of real counts. */
  sample: z
    .boolean({ error: 'chỉ nhận true hoặc false' })
    .default(false)
    .describe('nội dung minh họa'),
};

/**
 * A "Dân vận khéo" model or exemplary collective/person (mô hình, điển hình). The MDX body tells
 * how it works (cách làm), in sections. Progress toward target 2.8 (models working effectively and
 * replicated, per commune per year) is counted from `kind`, `unit`, `yearEffective`,
 * `yearReplicated` and `sample`: keep those names.
 */
export const modelSchema = (image: ImageHelper) =>
  z
    .object({
      ...modelFieldsBeforePhotos,
      /** Photos, each with a description (alt). */
      photos: z.array(photoSchema(image)).default([]).describe('ảnh'),
      ...modelFieldsAfterPhotos,
    })
    .strict();

export type ModelData = z.infer<ReturnType<typeof modelSchema>>;
