import { z } from 'astro/zod';
import { entryId, slug, text, vnDate, year } from './fields.ts';
import { photoSchema, type ImageHelper } from './photo.ts';

/** School levels a story is written for. */
export const AGE_BANDS = {
  'tieu-hoc': 'Tiểu học',
  thcs: 'THCS',
  thpt: 'THPT',
} as const;
export type AgeBand = keyof typeof AGE_BANDS;

/** Longer names of the age bands, for headings. */
export const AGE_BAND_NAMES: Record<AgeBand, string> = {
  'tieu-hoc': 'Tiểu học (lớp 1–5)',
  thcs: 'Trung học cơ sở (lớp 6–9)',
  thpt: 'Trung học phổ thông (lớp 10–12)',
};

const ageBand = z
  .enum(Object.keys(AGE_BANDS) as [AgeBand, ...AgeBand[]], {
    error: 'chỉ nhận "tieu-hoc" (Tiểu học), "thcs" (THCS) hoặc "thpt" (THPT)',
  })
  .describe('lứa tuổi');

/** A place by today's name, with the name it had before (e.g. before 01/07/2025). */
const placeSchema = z
  .object({
    /** Today's name, e.g. "xã Bát Xát, tỉnh Lào Cai". */
    current: text('tên hiện nay'),
    /** Former name, e.g. "xã Bản Vược, huyện Bát Xát". */
    former: text('tên cũ').optional(),
  })
  .strict();

/** The veteran who tells the story. */
const narratorSchema = z
  .object({
    /** Name as the narrator agreed it may be published (sample stories use placeholder names). */
    name: text('họ tên người kể'),
    /** Year of birth. */
    birthYear: year('năm sinh'),
    /** Home place, by today's name with the former one. */
    homePlace: placeSchema.describe('quê quán'),
    /** Unit served in, as the narrator may have it published. */
    militaryUnit: text('đơn vị từng phục vụ'),
    /** Years of service. */
    service: z
      .object({
        /** Year enlisted. */
        from: year('năm nhập ngũ'),
        /** Year discharged; omitted if still serving. */
        to: year('năm xuất ngũ').optional(),
      })
      .strict()
      .refine((s) => s.to === undefined || s.from <= s.to, {
        error: 'năm nhập ngũ phải trước hoặc bằng năm xuất ngũ',
      })
      .describe('thời gian phục vụ'),
    /** Front or period, e.g. "Bảo vệ biên giới phía Bắc (1979–1989)". */
    front: text('chiến trường, thời kỳ'),
    /** Honours, e.g. "Huân chương Chiến công hạng Ba". */
    honours: z
      .array(text('danh hiệu, huân huy chương'))
      .default([])
      .describe('danh hiệu, huân huy chương'),
    /** Living or deceased; a deceased narrator's story needs the family's consent. */
    living: z
      .boolean({ error: 'chỉ nhận true (còn sống) hoặc false (đã mất)' })
      .describe('còn sống'),
  })
  .strict();

/** A key word with its explanation for pupils. */
const keyWordSchema = z
  .object({
    /** The word as it appears in the story. */
    term: text('từ ngữ'),
    /** Plain explanation for the age band. */
    meaning: text('giải nghĩa'),
  })
  .strict();

/** Who recorded the story, when and where; optional audio with its transcript. */
const recordingSchema = z
  .object({
    /** Who recorded or wrote it down. */
    by: text('người ghi'),
    /** Date of the recording, "dd/mm/yyyy". */
    date: vnDate('ngày ghi'),
    /** Where, by today's place name. */
    place: text('nơi ghi'),
    /** Audio file path under public/, e.g. "am-thanh/ten-tep.mp3"; requires `transcript`. */
    audio: text('tệp ghi âm').optional(),
    /** Says the story text is the full transcript of the audio (or how it was edited). */
    transcript: text('ghi chú về bản chép lời').optional(),
  })
  .strict()
  .refine((r) => !r.audio || r.transcript, {
    error: 'có tệp ghi âm thì phải có bản chép lời (transcript) cho người không nghe được',
    path: ['transcript'],
  });

/**
 * Rights over the story. Required: the build refuses a story without consent and licence.
 * Personal data law (Luật 91/2025/QH15): consent is explicit; silence is not consent.
 */
const rightsSchema = z
  .object({
    /** Who consented: the narrator, or the family for a deceased narrator. */
    consent: z
      .object({
        /** Who gave it, e.g. "Người kể" or "Con trai người kể (người kể đã mất)". */
        givenBy: text('người đồng ý'),
        /** To what, e.g. "ghi âm, đăng lời kể, tên và ảnh trên trang web, dùng trong trường học". */
        scope: text('đồng ý cho việc gì'),
        /** When, "dd/mm/yyyy". */
        date: vnDate('ngày đồng ý'),
        /** How it was recorded, e.g. "Phiếu đồng ý có chữ ký, lưu tại Văn phòng Hội". */
        record: text('hình thức ghi nhận sự đồng ý'),
      })
      .strict()
      .describe(
        'sự đồng ý của người kể hoặc gia đình: ai đồng ý, cho việc gì, ngày nào — bắt buộc',
      ),
    /** Licence of the text, e.g. "CC BY-NC 4.0". */
    licence: text('giấy phép sử dụng, ví dụ "CC BY-NC 4.0" — bắt buộc'),
  })
  .strict();

/**
 * Every field of a story but its photos, made once: Astro makes a collection's schema anew for
 * each entry it reads (its `image()` helper is the entry's own), and only the photos need it.
 */
const storyFieldsBeforePhotos = {
  /** Title. */
  title: text('tiêu đề').pipe(
    z.string().max(120, { error: 'dài quá 120 ký tự; hãy viết ngắn gọn hơn' }),
  ),
  /** Who tells it. */
  narrator: narratorSchema.describe('người kể'),
  /** Two or three sentences for lists, link previews and the handout. */
  summary: text('tóm tắt').pipe(
    z.string().max(400, { error: 'dài quá 400 ký tự; tóm tắt trong hai, ba câu' }),
  ),
  /** School levels it suits (one or more). */
  ageBands: z.array(ageBand).min(1, { error: 'cần ít nhất 1 lứa tuổi' }).describe('lứa tuổi'),
  /** Themes from content/chu-de.yaml (1 to 3). */
  themes: z
    .array(slug('chủ đề'))
    .min(1, { error: 'cần ít nhất 1 chủ đề' })
    .max(3, { error: 'tối đa 3 chủ đề' })
    .describe('chủ đề'),
  /** Period covered, for finding stories by period, e.g. "Biên giới phía Bắc 1979–1989". */
  period: text('thời kỳ lịch sử'),
  /** Key words explained. */
  keyWords: z
    .array(keyWordSchema)
    .min(1, { error: 'cần ít nhất 1 từ ngữ được giải nghĩa' })
    .describe('từ ngữ cần giải nghĩa'),
  /** Questions for class discussion. */
  questions: z
    .array(text('câu hỏi'))
    .min(2, { error: 'cần ít nhất 2 câu hỏi thảo luận' })
    .describe('câu hỏi thảo luận'),
  /** Suggested activities. */
  activities: z
    .array(text('hoạt động'))
    .min(1, { error: 'cần ít nhất 1 hoạt động gợi ý' })
    .describe('hoạt động gợi ý'),
  /** Warning to teachers where the story tells of death, wounds or loss. */
  contentNote: text('lưu ý nội dung').optional(),
  /** Recording details. */
  recording: recordingSchema.describe('thông tin ghi chép'),
  /** Consent and licence: required. */
  rights: rightsSchema.describe(
    'quyền sử dụng: sự đồng ý và giấy phép — thiếu thì câu chuyện không được đăng',
  ),
};
const storyFieldsAfterPhotos = {
  /** Province the story belongs to, as it is today: an id from content/don-vi.yaml. */
  province: slug('tỉnh của câu chuyện'),
  /**
   * Plan tasks it serves (educating the young generation): ids under content/nhiem-vu/, from
   * the plans of its own province (another province's only with `tasksNote`).
   */
  tasks: z
    .array(entryId('nhiệm vụ'))
    .min(1, { error: 'cần ít nhất 1 nhiệm vụ mà câu chuyện phục vụ' })
    .describe('nhiệm vụ phục vụ'),
  /** Why a task of another province's plan is named, shown with the links. */
  tasksNote: text('lý do gắn với nhiệm vụ của tỉnh khác').optional(),
  /** Day published on the site, "dd/mm/yyyy" (orders the news feed). */
  published: vnDate('ngày đăng'),
  /** True for made-up sample content: shows the "Nội dung minh họa" banner. */
  sample: z
    .boolean({ error: 'chỉ nhận true hoặc false' })
    .default(false)
    .describe('nội dung minh họa'),
};

/**
 * A veteran's story for schools. The MDX body is the story itself; the rest is what teachers need
 * around it. `rights` is required: without consent and licence the story is not published.
 */
export const storySchema = (image: ImageHelper) =>
  z
    .object({
      ...storyFieldsBeforePhotos,
      /** Photos, each with a description (alt). */
      photos: z.array(photoSchema(image)).default([]).describe('ảnh'),
      ...storyFieldsAfterPhotos,
    })
    .strict();

export type StoryData = z.infer<ReturnType<typeof storySchema>>;
