import { describe, expect, it } from 'vitest';
import { describeMilestone, milestoneFor, thresholdText } from '../../src/lib/targets.ts';
import type { Measure } from '../../src/schemas/target.ts';

const stepped: Measure = {
  id: 'ty-le',
  label: 'Tỷ lệ tập hợp hội viên',
  kind: 'rate',
  unit: '%',
  level: 'all',
  scope: 'các cấp hội',
  period: 'year-end',
  milestones: [
    { comparator: '>=', value: 96, from: 2022, to: 2025, mode: 'maintain' },
    { comparator: '>=', value: 98, from: 2026, to: 2030, mode: 'maintain' },
  ],
};

describe('target wording', () => {
  it('says thresholds the way the plans do', () => {
    expect(thresholdText(stepped, { comparator: '>=', value: 96.5 })).toBe(
      'từ 96,5\u00a0% trở lên',
    );
    expect(thresholdText(stepped, { comparator: '>', value: 75 })).toBe('trên 75\u00a0%');
    expect(thresholdText({ kind: 'count', unit: 'mô hình' }, { comparator: '>=', value: 1 })).toBe(
      'ít nhất 1 mô hình',
    );
  });
  it('describes maintained and reach-by milestones', () => {
    expect(describeMilestone(stepped, stepped.milestones[0]!)).toBe(
      'từ 96\u00a0% trở lên cuối mỗi năm, từ 2022 đến 2025',
    );
    expect(
      describeMilestone(
        { kind: 'rate', unit: '%', period: 'year-end' },
        { comparator: '>', value: 75, from: 2022, to: 2025, mode: 'reach-by' },
      ),
    ).toBe('trên 75\u00a0%, đạt chậm nhất vào năm 2025');
    expect(
      describeMilestone(
        { kind: 'count', unit: 'hộ thoát nghèo', period: 'term' },
        { comparator: '>=', value: 1, from: 2022, to: 2027, mode: 'maintain' },
      ),
    ).toBe('ít nhất 1 hộ thoát nghèo mỗi nhiệm kỳ, từ 2022 đến 2027');
  });
  it('finds the milestone in force for a year, stepping up on time', () => {
    expect(milestoneFor(stepped, 2025)?.value).toBe(96);
    expect(milestoneFor(stepped, 2026)?.value).toBe(98);
    expect(milestoneFor(stepped, 2031)).toBeUndefined();
  });
});
