/**
 * The reader's text size (A−, A, A+ in the header), remembered across pages in localStorage.
 * A level is a step away from the site's default size: 0 is the default, negative smaller,
 * positive larger. The stylesheet maps each level to a root font size (src/styles/global.css).
 */

/** localStorage key and the <html> data attribute (data-co-chu) that carry the level. */
export const TEXT_SIZE_KEY = 'co-chu';

export const MIN_TEXT_SIZE = -1;
export const MAX_TEXT_SIZE = 3;

export type TextSizeAction = 'smaller' | 'default' | 'larger';

/** The level a stored value stands for; anything unreadable is the default. */
export function parseTextSize(stored: string | null | undefined): number {
  const level = Number(stored);
  return stored && Number.isInteger(level) && level >= MIN_TEXT_SIZE && level <= MAX_TEXT_SIZE
    ? level
    : 0;
}

/** The level after the reader presses a button, kept within the sizes the stylesheet knows. */
export function nextTextSize(level: number, action: TextSizeAction): number {
  if (action === 'default') return 0;
  const next = level + (action === 'larger' ? 1 : -1);
  return Math.min(MAX_TEXT_SIZE, Math.max(MIN_TEXT_SIZE, next));
}

/**
 * Runs in <head> before the page is drawn, so a remembered size applies without a jump. Kept
 * tiny and dependency-free: its SHA-256 goes into the Content-Security-Policy (src/lib/csp.ts).
 * A level outside the stylesheet's range simply matches no rule: the default size.
 */
export const TEXT_SIZE_BOOT_SCRIPT = `try{var s=localStorage.getItem("${TEXT_SIZE_KEY}");if(s)document.documentElement.setAttribute("data-${TEXT_SIZE_KEY}",s)}catch(e){}`;
