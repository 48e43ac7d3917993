import type { Measure, Milestone } from '../schemas/target.ts';
import { formatNumber, formatPercent } from './format/number.ts';

/** Target definitions said in plain Vietnamese, for pages, tables and captions. */

export const LEVEL_LABELS: Record<Measure['level'], string> = {
  province: 'cả tỉnh (một tỷ lệ chung)',
  commune: 'từng xã, phường',
  branch: 'từng chi hội',
  village: 'từng thôn, tổ dân phố',
  all: 'từng cấp, từ tỉnh đến cơ sở',
};

/** How each level is judged, said once on every target page (the rule of the method page). */
export const ASSESSED_AT: Record<Measure['level'], string> = {
  province: 'một con số chung cho cả tỉnh: đánh giá bằng số của tỉnh.',
  commune:
    'đặt cho từng xã, phường: mỗi xã được đánh giá bằng số của chính nó; số cộng chung của huyện, tỉnh không dùng để đánh giá; dòng của tỉnh là số xã đạt trên số xã có số liệu.',
  branch:
    'đặt cho từng chi hội: mỗi chi hội được đánh giá bằng số của chính nó; số cộng chung của xã, huyện, tỉnh không dùng để đánh giá.',
  village:
    'đặt cho từng thôn, tổ dân phố: mỗi thôn được đánh giá bằng số của chính nó; số cộng chung của xã, huyện, tỉnh không dùng để đánh giá.',
  all: 'đặt cho từng cấp: số ghi cho tỉnh, huyện hay xã là số riêng của cấp đó (không phải số cộng chung); dòng của tỉnh là số đơn vị đạt trên số đơn vị có số liệu, và cần số của các cấp dưới.',
};

/** What one unit of a per-unit target is called in counts: "3/5 xã đạt". */
export const LEVEL_UNIT_NOUNS: Record<Measure['level'], string> = {
  province: 'tỉnh',
  commune: 'xã, phường',
  branch: 'chi hội',
  village: 'thôn, tổ dân phố',
  all: 'đơn vị',
};

/**
 * Whether the text sets the target for each unit ("mỗi chi hội", "mỗi cấp hội cơ sở", "các cấp
 * Hội … ít nhất 01 …") rather than as one figure for the whole province: such a target is judged
 * unit by unit, and the province's line is the count of units that meet it.
 */
export const perUnit = (measure: Pick<Measure, 'level'>): boolean => measure.level !== 'province';

export const PERIOD_LABELS: Record<Measure['period'], string> = {
  year: 'hằng năm',
  term: 'mỗi nhiệm kỳ',
  'year-end': 'tính đến cuối năm',
};

export const KIND_LABELS: Record<Measure['kind'], string> = {
  rate: 'tỷ lệ (%)',
  count: 'số lượng',
};

/** Said after a threshold the text gives no number for: the number is the editors' reading. */
export const EDITORS_THRESHOLD = '(mốc do ban biên tập đặt; văn bản không ghi số)';

/**
 * A milestone's threshold as readers see it: the text's own words, quoted (“96% trở lên”,
 * “trên 75%”, “100%”), or, where the text gives no number, the editors' reading said as theirs.
 */
export function thresholdText(
  measure: Pick<Measure, 'kind' | 'unit'>,
  milestone: Pick<Milestone, 'comparator' | 'value' | 'wording'>,
): string {
  // Quotes inside the quoted words become single ones: “ít nhất 01 mô hình ‘Dân vận khéo’”.
  if (milestone.wording) return `“${milestone.wording.replace(/“/g, '‘').replace(/”/g, '’')}”`;
  const number =
    measure.kind === 'rate'
      ? formatPercent(milestone.value)
      : `${formatNumber(milestone.value)} ${measure.unit}`;
  const words =
    milestone.comparator === '>'
      ? `${measure.kind === 'rate' ? 'trên' : 'nhiều hơn'} ${number}`
      : `ít nhất ${number}`;
  return `${words} ${EDITORS_THRESHOLD}`;
}

/** "từ 96 % trở lên mỗi năm, từ 2022 đến 2025" / "trên 75 %, đạt chậm nhất năm 2025". */
export function describeMilestone(
  measure: Pick<Measure, 'kind' | 'unit' | 'period'>,
  milestone: Milestone,
): string {
  const threshold = thresholdText(measure, milestone);
  const span =
    milestone.from === milestone.to
      ? `năm ${milestone.to}`
      : `từ ${milestone.from} đến ${milestone.to}`;
  if (milestone.mode === 'reach-by') return `${threshold}, đạt chậm nhất vào năm ${milestone.to}`;
  const each =
    measure.period === 'term'
      ? 'mỗi nhiệm kỳ'
      : measure.period === 'year'
        ? 'mỗi năm'
        : 'cuối mỗi năm';
  return `${threshold} ${each}, ${span}`;
}

/**
 * A milestone in a table's few characters: "≥ 96 %", "> 75 % (hạn 2025)", "≥ 1 (cả nhiệm kỳ)";
 * an asterisk where the number is the editors' reading (the text states none), which the table
 * explains under it. The full wording stays in the target's definition above the table.
 */
export function shortMilestone(
  measure: Pick<Measure, 'kind' | 'period'>,
  milestone: Pick<Milestone, 'comparator' | 'value' | 'wording' | 'mode' | 'to'>,
): string {
  const number =
    measure.kind === 'rate' ? formatPercent(milestone.value) : formatNumber(milestone.value);
  const sign = milestone.comparator === '>' ? '>' : '≥';
  const editors = milestone.wording ? '' : '*';
  const when =
    milestone.mode === 'reach-by'
      ? ` (hạn ${milestone.to})`
      : measure.period === 'term'
        ? ' (cả nhiệm kỳ)'
        : '';
  return `${sign}\u00a0${number}${editors}${when}`;
}

/** The milestone in force in a given year: the maintain step covering it, else the next reach-by deadline. */
export function milestoneFor(
  measure: Pick<Measure, 'milestones'>,
  year: number,
): Milestone | undefined {
  const sorted = [...measure.milestones].sort((a, b) => a.to - b.to);
  return (
    sorted.find((m) => m.from <= year && year <= m.to) ??
    sorted.find((m) => m.mode === 'reach-by' && year <= m.to)
  );
}
