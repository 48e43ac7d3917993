import type { Measure, Milestone } from '../schemas/target.ts';
import { formatNumber, formatPercent } from './format/number.ts';

/** Target definitions said in plain Vietnamese, for pages, tables and captions. */

export const LEVEL_LABELS: Record<Measure['level'], string> = {
  province: 'cấp tỉnh',
  commune: 'cấp xã, phường',
  branch: 'chi hội',
  village: 'thôn, tổ dân phố',
  all: 'mọi cấp Hội',
};

export const PERIOD_LABELS: Record<Measure['period'], string> = {
  year: 'hằng năm',
  term: 'mỗi nhiệm kỳ',
  'year-end': 'tính đến cuối năm',
};

export const KIND_LABELS: Record<Measure['kind'], string> = {
  rate: 'tỷ lệ (%)',
  count: 'số lượng',
};

/** "≥ 96 %" or "ít nhất 1 mô hình". */
export function thresholdText(
  measure: Pick<Measure, 'kind' | 'unit'>,
  milestone: Pick<Milestone, 'comparator' | 'value'>,
): string {
  if (measure.kind === 'rate')
    return `${milestone.comparator === '>' ? 'trên' : 'từ'} ${formatPercent(milestone.value)}${milestone.comparator === '>' ? '' : ' trở lên'}`;
  return `${milestone.comparator === '>' ? 'nhiều hơn' : 'ít nhất'} ${formatNumber(milestone.value)} ${measure.unit}`;
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
