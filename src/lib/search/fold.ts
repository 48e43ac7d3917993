/**
 * Folding Vietnamese text the way people type it. Pagefind folds diacritics itself but treats
 * đ as a letter of its own, so "dai hoi" would never reach "Đại hội". The index therefore writes
 * đ as d followed by a combining mark (STROKE), which Pagefind folds away like any other mark;
 * everything read back from the index is turned into đ again before a reader sees it.
 */

/**
 * The mark that spells đ in the index: "d" + STROKE. U+1DD3 (a combining mark no Vietnamese text
 * uses) rather than the look-alike U+0335: Pagefind folds both, but forgets U+0335 before some
 * vowels ("d̵áng" is kept as "dáng"), which loses its ranking bonus for the exact spelling typed.
 */
export const STROKE = '\u1DD3';

/** "Đại hội" → "D" + STROKE + "ại hội": the spelling handed to Pagefind (index and query). */
export function strokeD(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** The reverse of strokeD, for text read back from the index. */
export function unstrokeD(text: string): string {
  return text.replaceAll(`d${STROKE}`, 'đ').replaceAll(`D${STROKE}`, 'Đ');
}

/** "Đại hội đại biểu Đảng" → "Dại hội dại biểu Dảng": only đ/Đ, everything else untouched. */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A word without marks (đ stays đ), lower case, no punctuation: "“Dân" → "dan", "Đảng" → "đang". */
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
