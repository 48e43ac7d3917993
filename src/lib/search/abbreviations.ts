import { foldWord } from './fold.ts';

/**
 * Abbreviations people write in notes and messages, with their long forms. One list, used both
 * when the index is built (a page writing "CLB" is also found by "câu lạc bộ") and when a query
 * is read ("clb" searches "câu lạc bộ", which finds both kinds of page). No short form may be a
 * Vietnamese syllable of its own ("TU" for Tỉnh ủy would swallow "tu", "tư", "tự"), so none is.
 */
export interface Abbreviation {
  /** As written in texts, upper case: "KT-XH", "QĐ". */
  short: string;
  /** The long form, as the site's texts spell it. */
  long: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: 'CCB', long: 'cựu chiến binh' },
  { short: 'HCCB', long: 'Hội Cựu chiến binh' },
  { short: 'DVK', long: 'dân vận khéo' },
  { short: 'CLB', long: 'câu lạc bộ' },
  { short: 'MTTQ', long: 'Mặt trận Tổ quốc' },
  { short: 'BTV', long: 'Ban Thường vụ' },
  { short: 'BCH', long: 'Ban Chấp hành' },
  { short: 'BCĐ', long: 'Ban Chỉ đạo' },
  { short: 'UBND', long: 'Ủy ban nhân dân' },
  { short: 'HĐND', long: 'Hội đồng nhân dân' },
  { short: 'THCS', long: 'trung học cơ sở' },
  { short: 'THPT', long: 'trung học phổ thông' },
  { short: 'CNTT', long: 'công nghệ thông tin' },
  { short: 'KT-XH', long: 'kinh tế - xã hội' },
  { short: 'QP-AN', long: 'quốc phòng - an ninh' },
  { short: 'ANTT', long: 'an ninh trật tự' },
  { short: 'NQ', long: 'nghị quyết' },
  { short: 'KL', long: 'kết luận' },
  { short: 'KH', long: 'kế hoạch' },
  { short: 'QĐ', long: 'quyết định' },
  { short: 'TW', long: 'Trung ương' },
  { short: 'HTX', long: 'hợp tác xã' },
  { short: 'NTM', long: 'nông thôn mới' },
  { short: 'DTTS', long: 'dân tộc thiểu số' },
  { short: 'BĐBP', long: 'Bộ đội Biên phòng' },
  { short: 'LLVT', long: 'lực lượng vũ trang' },
];

const byKey = new Map(
  ABBREVIATIONS.map((abbreviation) => [foldWord(abbreviation.short), abbreviation]),
);

/** Every abbreviation as a reader may type it, folded: "ccb", "ktxh", "qd". */
export const ABBREVIATION_KEYS: readonly string[] = [...byKey.keys()];

/** The abbreviation a query word stands for, typed in any case, with or without marks or hyphen ("kt-xh", "ktxh", "qd"). */
export function abbreviationOf(word: string): Abbreviation | undefined {
  return /[0-9/.]/.test(word) ? undefined : byKey.get(foldWord(word));
}

/** The words of a long form, as searched: "kinh tế - xã hội" → ["kinh", "tế", "xã", "hội"]. */
export function longFormWords(abbreviation: Abbreviation): string[] {
  return abbreviation.long.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
}

const patterns = ABBREVIATIONS.map((abbreviation) => ({
  abbreviation,
  // Case-sensitive and whole: "KH" in "03/KH-CCB" counts, "Khổng" or "kh" in a word never does.
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${abbreviation.short}(?![\\p{L}\\p{N}])`, 'u'),
}));

/** Long forms of the abbreviations a text writes, each once, in list order. */
export function longFormsIn(text: string): string[] {
  return patterns
    .filter(({ pattern }) => pattern.test(text))
    .map(({ abbreviation }) => abbreviation.long);
}
