import { parseHTML } from 'linkedom';
import { readPage } from '../../scripts/support/dist.ts';

/** A built page as a DOM document, to query the way a reader's browser would see it. */
export function loadPage(path: string): Document {
  return parseHTML(readPage(path)).document;
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
