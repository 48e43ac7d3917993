import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, as a reader would copy it (PDF.js, Mozilla's reader), with all
 * white space removed: a printed line break or a justified gap then never hides a match. Compare
 * against `squeeze(text)`.
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf) });
  const document = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const { items } = await (await document.getPage(number)).getTextContent();
    pages.push(squeeze(items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await task.destroy();
  return pages;
}

/** Text without white space, NFC, for comparing with a PDF page's text. */
export const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/** The pages (numbered from 1) whose text holds `text`; one page means it is not split. */
export function pagesHolding(pages: readonly string[], text: string): number[] {
  const wanted = squeeze(text);
  return pages.flatMap((page, index) => (page.includes(wanted) ? [index + 1] : []));
}
