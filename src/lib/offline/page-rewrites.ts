import { formatVnDateFromIso } from '../format/date.ts';
import { escapeHtml } from './kept-copies.ts';

/**
 * The service worker's only changes to a page it serves from its cache (issue 17), as string
 * rewrites of the built HTML: the empty saved-copy notice every page carries hidden
 * (SavedCopyNotice.astro) is filled with its date and shown, and the offline page (ngoai-tuyen/) gets the list
 * of pages kept on this device. Both work without any script in the page.
 */

const NOTICE = /<p([^>]*?) data-saved-copy hidden><\/p>/;

/** The page as kept on `savedAtIso`, saying "Bản đã lưu ngày dd/mm/yyyy"; unchanged if it has no notice. */
export function showSavedCopyNotice(html: string, savedAtIso: string): string {
  const date = formatVnDateFromIso(savedAtIso);
  const [day, month, year] = date.split('/');
  return html.replace(
    NOTICE,
    `<p$1 data-saved-copy>Bản đã lưu ngày <time datetime="${year}-${month}-${day}">${date}</time> trên máy này (đang không có mạng hoặc mạng quá chậm).</p>`,
  );
}

export interface SavedPage {
  url: string;
  title: string;
  savedAt: string;
}

const LIST = /<div data-saved-pages>[\s\S]*?<\/div>/;
const MISSED = /<p([^>]*) data-offline-missed hidden>([\s\S]*?)<span data-missed-url><\/span>/;

/**
 * The offline page listing `pages` (newest first) in place of its "nothing listed" paragraph, and,
 * when the reader was trying to open `missedUrl`, the notice saying that page is not kept here.
 */
export function listSavedPages(
  html: string,
  pages: readonly SavedPage[],
  missedUrl?: string,
): string {
  const sorted = [...pages].sort(
    (a, b) => b.savedAt.localeCompare(a.savedAt) || a.title.localeCompare(b.title, 'vi'),
  );
  const list = sorted.length
    ? `<div data-saved-pages><p>Có ${sorted.length} trang đã lưu trên máy này, mới nhất trước:</p><ul>${sorted
        .map(
          (page) =>
            `<li class="mb-2"><a href="${escapeHtml(page.url)}">${escapeHtml(page.title || page.url)}</a> (lưu ngày ${formatVnDateFromIso(page.savedAt)})</li>`,
        )
        .join('')}</ul></div>`
    : '<div data-saved-pages><p>Chưa có trang nào được lưu trên máy này.</p></div>';
  let result = html.replace(LIST, list);
  if (missedUrl) {
    result = result.replace(
      MISSED,
      (_, attributes: string, before: string) =>
        `<p${attributes} data-offline-missed>${before}<span data-missed-url>${escapeHtml(readablePath(missedUrl))}</span>`,
    );
  }
  return result;
}

/** "/ke-hoach/lao-cai-03-kh-ccb/" from a full address, with any %-escapes shown as letters. */
function readablePath(url: string): string {
  const path = new URL(url).pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
