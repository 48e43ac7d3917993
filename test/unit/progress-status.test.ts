import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/progress/periods.ts';
import {
  assess,
  meets,
  missingYears,
  type AssessedMeasure,
  type ValuePoint,
} from '../../src/lib/progress/status.ts';

const points = (values: Record<string, number>): ValuePoint[] =>
  Object.entries(values).map(([key, value]) => ({ period: parsePeriod(key)!, value }));

/** 2.4: ≥ 96 % each year to 2025, then ≥ 98 % to 2030. */
const stepped: AssessedMeasure = {
  kind: 'rate',
  unit: '%',
  period: 'year-end',
  milestones: [
    { comparator: '>=', value: 96, from: 2022, to: 2025, mode: 'maintain' },
    { comparator: '>=', value: 98, from: 2026, to: 2030, mode: 'maintain' },
  ],
};
/** 2.9: > 75 % by 2025, 100 % by 2030. */
const reachBy: AssessedMeasure = {
  kind: 'rate',
  unit: '%',
  period: 'year-end',
  milestones: [
    { comparator: '>', value: 75, from: 2022, to: 2025, mode: 'reach-by' },
    { comparator: '>=', value: 100, from: 2026, to: 2030, mode: 'reach-by' },
  ],
};
/** 2.1: at least 1 per year. */
const yearlyCount: AssessedMeasure = {
  kind: 'count',
  unit: 'việc làm mới',
  period: 'year',
  milestones: [{ comparator: '>=', value: 1, from: 2022, to: 2030, mode: 'maintain' }],
};
/** 2.8 (second part): at least 1 per term. */
const perTerm: AssessedMeasure = {
  kind: 'count',
  unit: 'hộ thoát nghèo',
  period: 'term',
  milestones: [{ comparator: '>=', value: 1, from: 2022, to: 2030, mode: 'maintain' }],
};

describe('status of a measure for one unit', () => {
  it('says "no data" when there is none', () => {
    const result = assess(stepped, []);
    expect(result.status).toBe('no-data');
    expect(result.reason).toContain('Chưa có số liệu');
  });

  it('counts a value exactly on a "≥" milestone as met, and exactly on a "> " milestone as not met', () => {
    expect(assess(stepped, points({ 2024: 96 })).status).toBe('met');
    expect(meets({ comparator: '>', value: 75 }, 75)).toBe(false);
    expect(meets({ comparator: '>', value: 75 }, 75.1)).toBe(true);
    expect(assess(reachBy, points({ 2025: 75 })).status).toBe('off-track');
  });

  it('judges each year against the step in force that year', () => {
    expect(assess(stepped, points({ 2025: 97 })).status).toBe('met');
    const after = assess(stepped, points({ 2025: 97, 2026: 97 }));
    expect(after.status).toBe('off-track');
    expect(after.milestone?.value).toBe(98);
    expect(after.reason).toContain('98');
  });

  it('judges a maintained count by its latest year, and names missing years', () => {
    const result = assess(yearlyCount, points({ 2022: 1, 2024: 0 }));
    expect(result.status).toBe('off-track');
    expect(result.missingYears).toEqual([2023]);
    expect(result.reason).toContain('Thiếu số liệu năm 2023');
    expect(assess(yearlyCount, points({ 2022: 0, 2023: 2 })).status).toBe('met');
  });

  it('accepts a single point for a maintained target', () => {
    const result = assess(yearlyCount, points({ '2026-H1': 1 }));
    expect(result.status).toBe('met');
    expect(result.reason).toContain('6 tháng đầu năm 2026');
  });

  it('projects a reach-by target along the straight line of its own values', () => {
    const onTrack = assess(reachBy, points({ 2022: 58.3, 2023: 66, 2024: 72.5 }));
    expect(onTrack.status).toBe('on-track');
    // 58.3 → 72.5 over two years: +7.1 a year, so about 79.6 by the end of 2025.
    expect(onTrack.projected).toBeCloseTo(79.6, 1);
    const slow = assess(reachBy, points({ 2022: 60, 2024: 64 }));
    expect(slow.status).toBe('off-track');
    expect(slow.projected).toBeCloseTo(66, 1);
  });

  it('caps a projected rate at 100 % and marks a missed deadline', () => {
    const capped = assess(reachBy, points({ 2026: 80, 2027: 99 }));
    expect(capped.status).toBe('on-track');
    expect(capped.projected).toBe(100);
    expect(assess(reachBy, points({ 2024: 70, 2025: 74 })).status).toBe('off-track');
    expect(assess(reachBy, points({ 2024: 70, 2025: 74 })).reason).toContain('hết hạn');
  });

  it('needs two points to project: one point below a future deadline is "insufficient"', () => {
    const result = assess(reachBy, points({ 2026: 80 }));
    expect(result.status).toBe('insufficient');
    expect(assess(reachBy, points({ 2026: 100 })).status).toBe('met');
  });

  it('adds up a term and compares it with the share of the term gone by', () => {
    expect(assess(perTerm, points({ 2022: 0, 2023: 1 })).status).toBe('met');
    const behind = assess(perTerm, points({ 2022: 0, 2023: 0, 2024: 0 }));
    expect(behind.status).toBe('off-track');
    expect(behind.judged?.termLabel).toBe('2022–2027');
    expect(behind.reason).toContain('3/5');
    // A new term starts from zero: 2026 belongs to 2022–2027, 2027 to 2027–2032.
    const newTerm = assess(perTerm, points({ 2026: 3, 2027: 0 }));
    expect(newTerm.judged).toMatchObject({ value: 0, termLabel: '2027–2032' });
    expect(newTerm.status).toBe('off-track');
    expect(
      assess(perTerm, points({ 2022: 0, 2023: 0, 2024: 0, 2025: 0, 2026: 0 })).reason,
    ).toContain('nhiệm kỳ đã hết');
  });

  it('treats a unit that starts on 01/07/2025 on its own values only', () => {
    // The successor's series starts in 2025; the predecessor's rise before the break is not its trend.
    const successor = assess(reachBy, points({ 2025: 76.4, 2026: 80.1 }));
    expect(successor.status).toBe('off-track');
    expect(successor.projected).toBeCloseTo(94.9, 1);
    expect(successor.missingYears).toEqual([]);
  });

  it('treats half-years as parts of their year when looking for gaps', () => {
    expect(missingYears(points({ 2023: 1, '2025-H1': 1 }))).toEqual([2024]);
    expect(missingYears([])).toEqual([]);
  });

  it('sorts points by period whatever order the data lists them', () => {
    expect(assess(stepped, points({ 2026: 99, 2022: 90 })).judged?.period.key).toBe('2026');
  });
});
