import { describe, expect, it } from 'vitest';
import {
  describeMilestone,
  EDITORS_THRESHOLD,
  milestoneFor,
  perUnit,
  shortMilestone,
  thresholdText,
} from '../../src/lib/targets.ts';
import { measuredHeading, measuredPosition, overviewHeading } from '../../src/lib/tracked.ts';
import type { Measure } from '../../src/schemas/target.ts';

const stepped: Measure = {
  id: 'ty-le',
  label: 'Tỷ lệ tập hợp hội viên',
  kind: 'rate',
  unit: '%',
  level: 'province',
  scope: 'các cấp hội',
  period: 'year-end',
  milestones: [
    { comparator: '>=', value: 96, from: 2022, to: 2025, mode: 'maintain', wording: '96% trở lên' },
    { comparator: '>=', value: 98, from: 2026, to: 2030, mode: 'maintain', wording: '98% trở lên' },
  ],
};

describe('target wording', () => {
  it('quotes each milestone in the words the text uses, never adding “từ … trở lên” to “100%”', () => {
    expect(thresholdText(stepped, { comparator: '>=', value: 96, wording: '96% trở lên' })).toBe(
      '“96% trở lên”',
    );
    expect(thresholdText(stepped, { comparator: '>=', value: 100, wording: '100%' })).toBe(
      '“100%”',
    );
    expect(thresholdText(stepped, { comparator: '>', value: 75, wording: 'trên 75%' })).toBe(
      '“trên 75%”',
    );
    // Quotes inside the quoted words turn single.
    expect(
      thresholdText(
        { kind: 'count', unit: 'mô hình' },
        { comparator: '>=', value: 1, wording: 'ít nhất 01 mô hình “Dân vận khéo”' },
      ),
    ).toBe('“ít nhất 01 mô hình ‘Dân vận khéo’”');
  });

  it('says a threshold the text gives no number for is the editors’', () => {
    expect(
      thresholdText({ kind: 'count', unit: 'chương trình' }, { comparator: '>=', value: 1 }),
    ).toBe(`ít nhất 1 chương trình ${EDITORS_THRESHOLD}`);
  });

  it('writes a milestone in short for a table: sign, number, and the deadline or term it holds for', () => {
    const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
    expect(shortMilestone(stepped, stepped.milestones[0]!)).toBe(nbsp('≥ 96 %'));
    expect(
      shortMilestone(
        { kind: 'rate', period: 'year-end' },
        { comparator: '>', value: 75, to: 2025, mode: 'reach-by', wording: 'trên 75%' },
      ),
    ).toBe(`${nbsp('> 75 %')} (hạn 2025)`);
    expect(
      shortMilestone(
        { kind: 'count', period: 'term' },
        { comparator: '>=', value: 1, to: 2027, mode: 'maintain', wording: 'ít nhất 01' },
      ),
    ).toBe(`${nbsp('≥ 1')} (cả nhiệm kỳ)`);
    // A number the text does not state is the editors' reading: marked, and explained by the table.
    expect(
      shortMilestone(
        { kind: 'count', period: 'year' },
        { comparator: '>=', value: 2, to: 2030, mode: 'maintain' },
      ),
    ).toBe(nbsp('≥ 2*'));
  });

  it('describes maintained, per-term and reach-by milestones', () => {
    expect(describeMilestone(stepped, stepped.milestones[0]!)).toBe(
      '“96% trở lên” cuối mỗi năm, từ 2022 đến 2025',
    );
    expect(
      describeMilestone(
        { kind: 'rate', unit: '%', period: 'year-end' },
        { comparator: '>', value: 75, from: 2022, to: 2025, mode: 'reach-by', wording: 'trên 75%' },
      ),
    ).toBe('“trên 75%”, đạt chậm nhất vào năm 2025');
    expect(
      describeMilestone(
        { kind: 'count', unit: 'hộ thoát nghèo', period: 'term' },
        {
          comparator: '>=',
          value: 1,
          from: 2022,
          to: 2027,
          mode: 'maintain',
          wording: 'ít nhất 01 hộ nghèo',
        },
      ),
    ).toBe('“ít nhất 01 hộ nghèo” mỗi nhiệm kỳ, từ 2022 đến 2027');
  });

  it('finds the milestone in force for a year, stepping up on time', () => {
    expect(milestoneFor(stepped, 2025)?.value).toBe(96);
    expect(milestoneFor(stepped, 2026)?.value).toBe(98);
    expect(milestoneFor(stepped, 2031)).toBeUndefined();
  });

  it('tells a target set for the whole province from one set for each unit', () => {
    expect(perUnit({ level: 'province' })).toBe(false);
    for (const level of ['commune', 'branch', 'village', 'all'] as const)
      expect(perUnit({ level })).toBe(true);
  });
});

describe('targets and the aims the editors track', () => {
  it('names a target by the number the document prints, and a tracked aim by its task, with no number', () => {
    expect(measuredHeading({ kind: 'target', number: 'II.2.8' }, undefined)).toBe(
      'Chỉ tiêu · mục II.2.8',
    );
    const tracked = measuredHeading({ kind: 'tracked' }, 'II.1');
    expect(tracked).toBe('Việc theo dõi do ban biên tập đặt ra từ nhiệm vụ II.1');
    expect(tracked).not.toMatch(/Chỉ tiêu|II\.1\.a/);
    expect(measuredPosition({ kind: 'tracked' }, 'II.1')).toBe(
      'Việc theo dõi (ban biên tập đặt ra) từ nhiệm vụ II.1',
    );
    expect(measuredPosition({ kind: 'target', number: 'II.2.4' }, undefined)).toBe('mục II.2.4');
  });

  it('heads an overview by what it holds', () => {
    expect(overviewHeading(['target', 'target'])).toBe('Tiến độ các chỉ tiêu');
    expect(overviewHeading(['tracked'])).toBe(
      'Việc ban biên tập theo dõi (văn bản không đặt chỉ tiêu)',
    );
    expect(overviewHeading(['target', 'tracked'])).toBe(
      'Tiến độ các chỉ tiêu và việc ban biên tập theo dõi',
    );
  });
});
