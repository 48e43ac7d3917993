import { z } from 'astro/zod';
import { entryId, slug, text, vnDate, year } from './fields.ts';

/** An editor's note on a string of the frontmatter (header, summary, signature, recipients). */
const frontmatterNote = z
  .object({
    /** The exact words the note explains; must occur in one of the document's header strings. */
    quote: text('đoạn chữ được chú thích'),
    /** The note itself, shown as a numbered footnote ("chú thích biên tập"). */
    note: text('nội dung chú thích'),
  })
  .strict();

/**
 * A plan (kế hoạch): an official document copied verbatim. The MDX body is the document's
 * body; tasks and targets appear in it as <Task/> and <Target/> placeholders.
 */
export const planSchema = z
  .object({
    /** Document type in ordinary writing, for lists and titles (tên loại), e.g. "Kế hoạch". */
    docType: text('tên loại văn bản'),
    /** Number and code exactly as printed (số, ký hiệu), e.g. "03/KH-CCB". */
    number: text('số, ký hiệu'),
    /** Date of issue (ngày ban hành). */
    issued: vnDate('ngày ban hành'),
    /** Place name of the date line (địa danh). */
    place: text('địa danh'),
    /** Issuing body, written out in full for lists (cơ quan ban hành). */
    issuer: text('cơ quan ban hành'),
    /** Province the plan belongs to: an id from content/don-vi.yaml. */
    province: slug('tỉnh'),
    /**
     * Years the site follows the plan over (thời kỳ theo dõi): set by the editors, who say why in
     * `basis`; pages show it as theirs, never as part of the document.
     */
    period: z
      .object({
        /** First year followed: the year of issue (the rule on the method page). */
        from: year('năm bắt đầu'),
        /** Last year followed. */
        to: year('năm kết thúc'),
        /** Where these years come from, in plain words, e.g. "văn bản không nêu thời hạn; …". */
        basis: text('căn cứ của thời kỳ theo dõi'),
      })
      .strict()
      .refine((p) => p.from <= p.to, { error: 'năm bắt đầu phải trước hoặc bằng năm kết thúc' })
      .describe('thời kỳ'),
    /** Summary line under the document type (trích yếu), verbatim. */
    summary: text('trích yếu'),
    /** Header block as printed, line by line. */
    header: z
      .object({
        /** "state": issuing body left, national motto right; "party": Party committee header. */
        style: z
          .enum(['state', 'party'], {
            error: 'chỉ nhận "state" (văn bản nhà nước, đoàn thể) hoặc "party" (văn bản của Đảng)',
          })
          .describe('kiểu tiêu đề'),
        /** Lines of the issuing-body block (tên cơ quan ban hành), verbatim. */
        issuerLines: z
          .array(text('dòng tên cơ quan'))
          .min(1)
          .describe('tên cơ quan ban hành (từng dòng)'),
        /** Lines of the motto block: national motto, or "ĐẢNG CỘNG SẢN VIỆT NAM". */
        mottoLines: z
          .array(text('dòng quốc hiệu'))
          .min(1)
          .describe('quốc hiệu, tiêu ngữ (từng dòng)'),
        /** The number line as printed, e.g. "Số: 03/KH-CCB". */
        numberLine: text('dòng số, ký hiệu'),
        /** The place-and-date line as printed. */
        placeDateLine: text('dòng địa danh, ngày tháng'),
        /** The document type line exactly as printed, capitals included, e.g. "KẾ HOẠCH". */
        docTypeLine: text('dòng tên loại văn bản (như in)'),
      })
      .strict()
      .describe('phần đầu văn bản'),
    /** Signature block (TM./T/M, title, name), verbatim. */
    signature: z
      .object({
        /** Capacity line, e.g. "TM. BAN CHẤP HÀNH". */
        authority: text('thẩm quyền ký'),
        /** Title of the signer, e.g. "CHỦ TỊCH". */
        title: text('chức vụ người ký'),
        /** Name as printed. */
        name: text('họ tên người ký'),
      })
      .strict()
      .describe('chữ ký'),
    /** Recipients (nơi nhận), one item per line as printed, without the leading dash. */
    recipients: z.array(text('nơi nhận')).describe('nơi nhận'),
    /** Documents the plan implements or rests on (căn cứ). */
    legalBasis: z
      .array(
        z
          .object({
            /** Type, e.g. "Nghị quyết", "Kết luận". */
            docType: text('loại văn bản căn cứ'),
            /** Number and code, e.g. "29-NQ/TU". */
            number: text('số, ký hiệu văn bản căn cứ'),
            /** Date of issue. */
            issued: vnDate('ngày ban hành văn bản căn cứ'),
            /** Issuing body. */
            issuer: text('cơ quan ban hành văn bản căn cứ'),
            /** Subject (trích yếu) of the basis document. */
            title: text('trích yếu văn bản căn cứ'),
          })
          .strict(),
      )
      .describe('căn cứ ban hành'),
    /** Digital-signature records found on the received file (may be empty). */
    digitalSignatures: z
      .array(
        z
          .object({
            /** Who signed, as the stamp says. */
            signer: text('người ký số'),
            /** Organisation named in the stamp. */
            organisation: text('tổ chức ký số'),
            /** Time of signing, ISO 8601 with offset, e.g. "2022-11-08T15:30:50+07:00". */
            signedAt: z.iso
              .datetime({
                offset: true,
                error: 'phải là thời điểm ISO, ví dụ "2022-11-08T15:30:50+07:00"',
              })
              .describe('thời điểm ký số'),
            /** Certificate authority named in the stamp. */
            certificateAuthority: text('tổ chức chứng thực'),
          })
          .strict(),
      )
      .default([])
      .describe('chữ ký số'),
    /**
     * For a plan issued before the 01/07/2025 reorganisation changed its province: how the site
     * reads it afterwards. An editors' assumption, shown as one on the plan page and every target page.
     */
    afterReorganisation: text('cách hiểu kế hoạch sau 01/07/2025 (giả định của ban biên tập)')
      .optional()
      .describe('cách hiểu kế hoạch sau 01/07/2025'),
    /** Editor's notes on frontmatter strings (the body uses <EditorNote> instead). */
    editorNotes: z
      .array(frontmatterNote)
      .default([])
      .describe('chú thích biên tập phần đầu, chữ ký'),
    /** Where the text came from: the extracted original kept in the repo, for the fidelity test. */
    source: z
      .object({
        /** Path of the extracted original, relative to content/ke-hoach/. */
        file: text('tệp văn bản gốc'),
        /** First words of the body in the original. */
        bodyStart: text('câu mở đầu phần nội dung'),
        /** Last words of the body in the original. */
        bodyEnd: text('câu kết thúc phần nội dung'),
        /** Extraction artefact lines inside the body (footers); page-number lines are always skipped. */
        ignoreLines: z.array(text('dòng bỏ qua')).default([]),
      })
      .strict()
      .describe('nguồn văn bản'),
  })
  .strict();

export type PlanData = z.infer<typeof planSchema>;

/** Re-exported so pages and checks agree on how plan-local ids are written. */
export const planItemId = entryId;
