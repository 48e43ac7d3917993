import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/progress/periods.ts';
import {
  assess,
  judgeable,
  meets,
  missingYears,
  shownStatus,
  statusSentence,
  STATUS_LABELS,
  SHOWN_LABELS,
  type AssessedMeasure,
  type ValuePoint,
} from '../../src/lib/progress/status.ts';

/** Points from { period: value }; "e" after a value's key marks an estimate: { "2026e": 97.9 }. */
const points = (values: Record<string, number>, extra: Partial<ValuePoint> = {}): ValuePoint[] =>
  Object.entries(values).map(([key, value]) => ({
    period: parsePeriod(key.replace(/e$/, ''))!,
    value,
    estimate: key.endsWith('e'),
    ...extra,
  }));

/** 2.4: “96% trở lên” each year to 2025, then “98% trở lên” to 2030, as at the end of each year. */
const stepped: AssessedMeasure = {
  kind: 'rate',
  unit: '%',
  period: 'year-end',
  milestones: [
    { comparator: '>=', value: 96, from: 2022, to: 2025, mode: 'maintain', wording: '96% trở lên' },
    { comparator: '>=', value: 98, from: 2026, to: 2030, mode: 'maintain', wording: '98% trở lên' },
  ],
};
/** 2.9: “trên 75%” by 2025, “100%” by 2030. */
const reachBy: AssessedMeasure = {
  kind: 'rate',
  unit: '%',
  period: 'year-end',
  milestones: [
    { comparator: '>', value: 75, from: 2022, to: 2025, mode: 'reach-by', wording: 'trên 75%' },
    { comparator: '>=', value: 100, from: 2026, to: 2030, mode: 'reach-by', wording: '100%' },
  ],
};
/** 2.1: at least 1 each year. */
const yearlyCount: AssessedMeasure = {
  kind: 'count',
  unit: 'việc làm mới',
  period: 'year',
  milestones: [
    {
      comparator: '>=',
      value: 1,
      from: 2022,
      to: 2030,
      mode: 'maintain',
      wording: 'ít nhất 01 việc làm mới',
    },
  ],
};
/** 2.8 (second part): at least 1 per term. */
const perTerm: AssessedMeasure = {
  kind: 'count',
  unit: 'hộ thoát nghèo',
  period: 'term',
  milestones: [{ comparator: '>=', value: 1, from: 2022, to: 2030, mode: 'maintain' }],
};
/** A unit that ended on 30/06/2025. */
const ended = { endedOn: '2025-06-30' };

describe('status of a measure for one unit', () => {
  it('says "no data" when there is none', () => {
    const result = assess(stepped, []);
    expect(result.status).toBe('no-data');
    expect(statusSentence(result)).toBe(
      'Chưa có số liệu: chưa có số liệu nào được công bố cho đơn vị này.',
    );
  });

  it('counts a value exactly on a "trở lên" milestone as met, and exactly on a "trên" milestone as not met', () => {
    expect(assess(stepped, points({ 2024: 96 })).status).toBe('met');
    expect(meets({ comparator: '>', value: 75 }, 75)).toBe(false);
    expect(meets({ comparator: '>', value: 75 }, 75.1)).toBe(true);
    expect(assess(reachBy, points({ 2024: 70, 2025: 75 })).status).toBe('not-met');
  });

  it('judges each year against the step in force that year, quoting the text’s own words', () => {
    expect(assess(stepped, points({ 2025: 97 })).status).toBe('met');
    const after = assess(stepped, points({ 2025: 97, 2026: 97 }));
    expect(after.status).toBe('not-met');
    expect(after.milestone?.value).toBe(98);
    expect(after.detail).toContain('mốc là “98% trở lên”');
  });

  it('calls a missed yearly milestone "Chưa đạt", as the table does, never "Chậm tiến độ"', () => {
    const result = assess(yearlyCount, points({ 2022: 1, 2024: 0 }));
    expect(result.status).toBe('not-met');
    expect(STATUS_LABELS[result.status]).toBe('Chưa đạt');
    expect(result.missingYears).toEqual([2023]);
    expect(result.detail).toContain('Thiếu số liệu năm 2023');
    expect(assess(yearlyCount, points({ 2022: 0, 2023: 2 })).status).toBe('met');
  });

  it('never judges an estimate: the latest official figure is judged and the estimate is said apart', () => {
    const result = assess(stepped, points({ 2025: 97.6, '2026e': 97.9 }));
    expect(result.status).toBe('met');
    expect(result.judged?.period.key).toBe('2025');
    expect(result.notJudged.map((p) => p.key)).toEqual(['2026']);
    expect(result.detail).toContain('Số ước (năm 2026) chỉ để tham khảo, không dùng để đánh giá.');
    // Only an estimate: nothing to judge.
    expect(assess(stepped, points({ '2026e': 99 })).status).toBe('insufficient');
  });

  it('never judges half of a year that is not over, for a yearly milestone', () => {
    const half = assess(yearlyCount, points({ '2026-H1': 1 }));
    expect(half.status).toBe('insufficient');
    expect(half.detail).toContain(
      'Số 6 tháng đầu năm 2026 chưa dùng để đánh giá: mốc tính cho cả năm.',
    );
    expect(judgeable(yearlyCount, { period: parsePeriod('2026-H1')! })).toBe(false);
    expect(judgeable(yearlyCount, { period: parsePeriod('2026')!, estimate: true })).toBe(false);
    // A per-term total adds its halves up.
    expect(judgeable(perTerm, { period: parsePeriod('2026-H1')! })).toBe(true);
  });

  it('projects a reach-by target along the straight line of its own values, in plain words', () => {
    const onTrack = assess(reachBy, points({ 2022: 58.3, 2023: 66, 2024: 72.5 }));
    expect(onTrack.status).toBe('on-track');
    // 58.3 → 72.5 over two years: +7.1 a year, so about 79.6 by the end of 2025.
    expect(onTrack.projected).toBeCloseTo(79.6, 1);
    expect(onTrack.detail).toContain(
      'nếu mỗi năm tăng đều như từ năm 2022 đến năm 2024 thì cuối năm 2025 vào khoảng 79,6',
    );
    expect(onTrack.detail).not.toContain('giữ nhịp');
    const slow = assess(reachBy, points({ 2022: 60, 2024: 64 }));
    expect(slow.status).toBe('off-track');
    expect(slow.projected).toBeCloseTo(66, 1);
  });

  it('caps a projected rate at 100 % and calls a missed deadline "Chưa đạt"', () => {
    const capped = assess(reachBy, points({ 2026: 80, 2027: 99 }));
    expect(capped.status).toBe('on-track');
    expect(capped.projected).toBe(100);
    const missed = assess(reachBy, points({ 2024: 70, 2025: 74 }));
    expect(missed.status).toBe('not-met');
    expect(missed.detail).toContain('đã hết hạn');
  });

  it('needs two points to project: one point below a future deadline is "insufficient"', () => {
    expect(assess(reachBy, points({ 2026: 80 })).status).toBe('insufficient');
    expect(assess(reachBy, points({ 2026: 100 })).status).toBe('met');
  });

  it('adds up a term and compares it with the share of the term gone by', () => {
    expect(assess(perTerm, points({ 2022: 0, 2023: 1 })).status).toBe('met');
    const behind = assess(perTerm, points({ 2022: 0, 2023: 0, 2024: 0 }));
    expect(behind.status).toBe('off-track');
    expect(behind.judged?.termLabel).toBe('2022–2027');
    expect(behind.detail).toContain('3/5');
    // A new term starts from zero: 2026 belongs to 2022–2027, 2027 to 2027–2032.
    const newTerm = assess(perTerm, points({ 2026: 3, 2027: 0 }));
    expect(newTerm.judged).toMatchObject({ value: 0, termLabel: '2027–2032' });
    expect(newTerm.status).toBe('off-track');
    const over = assess(perTerm, points({ 2022: 0, 2023: 0, 2024: 0, 2025: 0, 2026: 0 }));
    expect(over.status).toBe('not-met');
    expect(over.detail).toContain('nhiệm kỳ đã hết');
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

describe('units that ended on 30/06/2025', () => {
  it('give their final standing: no projection past their end, even before a deadline', () => {
    const result = assess(reachBy, points({ 2022: 58.3, 2023: 66, 2024: 72.5 }), ended);
    expect(result.final).toBe(true);
    expect(result.status).toBe('not-met');
    expect(result.projected).toBeUndefined();
    expect(result.detail).toContain('không ước tính tiếp');
    expect(statusSentence(result, '01/07/2025')).toMatch(
      /^Kết quả cuối cùng \(đơn vị không còn từ 01\/07\/2025\): Chưa đạt:/,
    );
  });

  it('are judged on their state on their last day, for a state-at-year-end measure', () => {
    const result = assess(stepped, points({ 2024: 97.3, '2025-H1': 97.4 }), ended);
    expect(result.status).toBe('met');
    expect(result.judged?.period.key).toBe('2025-H1');
  });

  it('keep their last full year for a yearly count, saying the last half-year has no year to compare with', () => {
    const result = assess(yearlyCount, points({ 2024: 0, '2025-H1': 1 }), ended);
    expect(result.status).toBe('not-met');
    expect(result.judged?.period.key).toBe('2024');
    expect(result.detail).toContain('đơn vị không còn sau kỳ đó');
  });

  it('end a term where they ended, never "on track" for a term they did not finish', () => {
    const result = assess(perTerm, points({ 2022: 0, 2023: 0, 2024: 0 }), ended);
    expect(result.status).toBe('not-met');
    expect(result.detail).toContain('đơn vị không còn giữa nhiệm kỳ');
  });
});

describe('sample inputs', () => {
  it('make every status an illustration, never a verdict', () => {
    const met = assess(stepped, points({ 2025: 99 }, { sample: true }));
    expect(met.status).toBe('met');
    expect(met.sample).toBe(true);
    expect(shownStatus(met)).toBe('sample');
    expect(SHOWN_LABELS[shownStatus(met)]).toBe('Minh họa, không đánh giá');
    const sentence = statusSentence(met);
    expect(sentence).toMatch(/^Minh họa, không đánh giá: số liệu minh họa/);
    expect(sentence).toContain('“đạt”');
    expect(sentence).not.toMatch(/^Đạt/);
  });

  it('taint a projection when any point it rests on is sample', () => {
    const mixed = [
      { period: parsePeriod('2022')!, value: 60, sample: true },
      { period: parsePeriod('2024')!, value: 73, sample: false },
    ];
    expect(assess(reachBy, mixed).sample).toBe(true);
  });

  it('leave real figures judged as real', () => {
    const real = assess(stepped, points({ 2025: 99 }, { sample: false }));
    expect(shownStatus(real)).toBe('met');
    expect(statusSentence(real)).toMatch(/^Đạt: năm 2025 là 99/);
  });
});
