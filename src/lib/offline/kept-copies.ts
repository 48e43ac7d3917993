/**
 * What the service worker keeps, and how much (issue 17). Each kept response carries, in headers
 * of its own, when it was kept and which saved sets ("Lưu để đọc khi không có mạng") hold it; these
 * pure rules read and write those facts and decide what to drop when a cache is over its cap.
 */

/** Pages kept because the reader opened them; the oldest drop out first. Pages of saved sets do not count. */
export const MAX_VISITED_PAGES = 60;
/** Other files kept while reading (pictures, chart code, search files); the oldest drop out first. Files of saved sets do not count. */
export const MAX_VISITED_FILES = 200;
/** Pages all saved sets together may hold; a save that would pass it is refused. */
export const MAX_SAVED_PAGES = 400;

export const SAVED_AT_HEADER = 'x-offline-saved-at';
export const SETS_HEADER = 'x-offline-sets';
export const TITLE_HEADER = 'x-offline-title';

/** Facts about one kept response, read from its headers. */
export interface KeptEntry {
  key: string;
  /** ISO timestamp of when the copy was kept. */
  savedAt: string;
  /** Saved sets holding it (their manifest addresses); empty for a page or file kept while reading. */
  sets: string[];
}

export function parseSets(header: string | null): string[] {
  return header ? header.split(' ').filter(Boolean) : [];
}

export function formatSets(sets: readonly string[]): string {
  return [...new Set(sets)].sort().join(' ');
}

/** Keys to delete so that at most `max` entries kept while reading remain (the newest); saved sets' entries stay. */
export function keysOverCap(entries: readonly KeptEntry[], max: number): string[] {
  const unsaved = entries
    .filter((entry) => entry.sets.length === 0)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return unsaved.slice(max).map((entry) => entry.key);
}

/** Whether adding `adding` pages to a set would pass MAX_SAVED_PAGES, counting pages other sets already hold. */
export function saveWouldPassCap(
  entries: readonly KeptEntry[],
  set: string,
  adding: readonly string[],
  max = MAX_SAVED_PAGES,
): boolean {
  const held = new Set(
    entries.filter((entry) => entry.sets.some((other) => other !== set)).map((e) => e.key),
  );
  for (const key of adding) held.add(key);
  return held.size > max;
}

/** The page's title for the list of saved pages: its <title> without the site name after " – ". */
export function pageTitle(html: string, siteName: string): string {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
  const title = decodeEntities(raw);
  const suffix = ` – ${decodeEntities(siteName)}`;
  return title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`,
  );
}
