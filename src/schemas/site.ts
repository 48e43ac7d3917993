import { z } from 'astro/zod';
import { text, vnDate, webAddress } from './fields.ts';

/** A footer value that may still be unknown: null shows a visible "chưa có thông tin" placeholder. */
const pending = (label: string) => text(label).nullable().describe(label);

/** Site-wide settings (content/trang-web.yaml): names and the legally required footer. */
export const siteSchema = z
  .object({
    /** Site name, shown in the header and page titles. */
    name: text('tên trang'),
    /** One sentence saying what the site is, for the home page and search engines. */
    description: text('mô tả trang'),
    /** Organisation managing the site (cơ quan chủ quản). */
    publisher: pending('cơ quan chủ quản'),
    /** Postal address. */
    address: pending('địa chỉ'),
    /** Phone number. */
    phone: pending('điện thoại'),
    /** Contact e-mail. */
    email: pending('thư điện tử'),
    /** Person responsible for the content (người chịu trách nhiệm nội dung). */
    responsiblePerson: pending('người chịu trách nhiệm nội dung'),
    /** Public web address of the site (for canonical links and feeds), e.g. "https://ccb.example.vn". */
    url: webAddress('địa chỉ trang web').nullable().describe('địa chỉ trang web'),
    /**
     * The day the progress figures are current to (ngày chốt số liệu): a period ending after it is
     * unfinished (its figures are estimates, never judged), and the last year ending by it is the
     * last complete year counts run to. Editors move it forward when they add a period's figures.
     */
    progressAsOf: vnDate('ngày chốt số liệu tiến độ'),
    /** Public Git repository, for "Sửa trang này" and "Báo lỗi" links; null hides them. */
    repository: webAddress(
      'kho mã nguồn',
      'phải là địa chỉ web đầy đủ của kho mã, bắt đầu bằng https://',
    )
      .nullable()
      .describe('kho mã nguồn'),
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;
