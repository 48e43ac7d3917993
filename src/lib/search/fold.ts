/**
 * Folding Vietnamese text the way people type it. Pagefind folds diacritics itself but treats
 * đ as a letter of its own, so "dai hoi" never reaches "Đại hội" without help from here.
 */

/** "Đại hội đại biểu" → "Dại hội dại biểu": only đ/Đ, everything else untouched. */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A word as Pagefind compares it: no marks (but đ stays đ), lower case, no punctuation. */
export function stripMarks(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A word reduced to what a reader may have typed: no marks, đ → d, lower case, no punctuation. */
export function foldWord(word: string): string {
  return foldD(stripMarks(word));
}

/** Whether a word holds letters typed without any Vietnamese mark or đ (plain ASCII letters). */
export function isUnaccented(word: string): boolean {
  return /^[\p{ASCII}]*$/u.test(word);
}
