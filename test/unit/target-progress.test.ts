import { describe, expect, it } from 'vitest';
import {
  countsTowardTarget28,
  DERIVED_SOURCE,
  target28Records,
} from '../../src/lib/progress/derive.ts';
import { sourceText, targetProgress } from '../../src/lib/progress/target-progress.ts';
import { unitsById } from '../../src/lib/units.ts';
import type { Measure } from '../../src/schemas/target.ts';

const perCommune: Measure = {
  id: 'mo-hinh',
  label: 'Số mô hình “Dân vận khéo” mỗi xã',
  kind: 'count',
  unit: 'mô hình',
  level: 'commune',
  scope: 'Các xã, phường',
  period: 'year',
  milestones: [{ comparator: '>=', value: 1, from: 2022, to: 2030, mode: 'maintain' }],
};
const rate: Measure = {
  ...perCommune,
  id: 'ty-le',
  label: 'Tỷ lệ',
  kind: 'rate',
  unit: '%',
  milestones: [{ comparator: '>=', value: 96, from: 2022, to: 2030, mode: 'maintain' }],
};
const units = unitsById([
  {
    id: 'lao-cai',
    name: 'tỉnh Lào Cai',
    level: 'province',
    validFrom: '01/07/2025',
    successors: [],
  },
  {
    id: 'lao-cai-cu',
    name: 'tỉnh Lào Cai (trước 01/07/2025)',
    level: 'province',
    validTo: '30/06/2025',
    successors: ['lao-cai'],
  },
  { id: 'lai-chau', name: 'tỉnh Lai Châu', level: 'province', successors: [] },
  {
    id: 'xa-cu',
    name: 'xã Quang Kim',
    level: 'commune',
    parent: 'lao-cai-cu',
    validTo: '30/06/2025',
    successors: ['xa-moi'],
  },
  {
    id: 'xa-moi',
    name: 'xã Bát Xát',
    level: 'commune',
    parent: 'lao-cai',
    validFrom: '01/07/2025',
    successors: [],
  },
  { id: 'xa-lai-chau', name: 'xã Bản Lang', level: 'commune', parent: 'lai-chau', successors: [] },
]);

describe('which models count toward target 2.8', () => {
  it('counts models that work well, are recognised or have spread; not exemplary people or groups', () => {
    expect(countsTowardTarget28({ kind: 'mo-hinh', status: 'effective' })).toBe(true);
    expect(countsTowardTarget28({ kind: 'mo-hinh', status: 'recognised' })).toBe(true);
    expect(countsTowardTarget28({ kind: 'mo-hinh', status: 'replicated' })).toBe(true);
    expect(countsTowardTarget28({ kind: 'mo-hinh', status: 'registered' })).toBe(false);
    expect(countsTowardTarget28({ kind: 'mo-hinh', status: 'stopped' })).toBe(false);
    expect(countsTowardTarget28({ kind: 'dien-hinh-ca-nhan', status: 'recognised' })).toBe(false);
    expect(countsTowardTarget28({ kind: 'dien-hinh-tap-the', status: 'effective' })).toBe(false);
  });

  it('counts each at its recorded unit in the year it started', () => {
    expect(
      target28Records([
        { kind: 'mo-hinh', status: 'effective', unit: 'xa-cu', yearStarted: 2023, sample: true },
        { kind: 'mo-hinh', status: 'stopped', unit: 'xa-cu', yearStarted: 2023, sample: false },
      ]),
    ).toEqual([{ unit: 'xa-cu', year: 2023, sample: true }]);
  });
});

describe("a target's progress", () => {
  it('counts derived series from the records within the plan province, each unit only while it existed', () => {
    const [progress] = targetProgress({
      measures: [perCommune],
      province: 'lao-cai',
      progress: { series: [{ measure: 'mo-hinh', derivedFrom: 'models' }] },
      units,
      counted: [
        { unit: 'xa-cu', year: 2023, sample: false },
        { unit: 'xa-moi', year: 2025, sample: false },
        { unit: 'xa-moi', year: 2025, sample: false },
        { unit: 'xa-lai-chau', year: 2024, sample: false },
      ],
    });
    expect(progress!.derived).toBe(true);
    const byUnit = Object.fromEntries(
      progress!.series.map((s) => [s.unit.id, s.points.map((p) => [p.period, p.value])]),
    );
    // Quang Kim ended on 30/06/2025: counted for 2023 and 2024 only; Bản Lang is in another province.
    expect(byUnit).toEqual({
      'xa-cu': [
        ['2023', 1],
        ['2024', 0],
      ],
      'xa-moi': [['2025', 2]],
    });
    expect(progress!.series[0]!.points[0]!.source).toBe(DERIVED_SOURCE);
  });

  it("takes typed-in series from the target's file, with each source said in words", () => {
    const [progress, empty] = targetProgress({
      measures: [rate, { ...rate, id: 'khac' }],
      province: 'lao-cai',
      progress: {
        series: [
          {
            measure: 'ty-le',
            unit: 'lao-cai',
            points: [
              {
                period: '2025',
                value: 97.6,
                estimate: false,
                sample: false,
                source: { document: '45/BC-CCB', date: '20/12/2025', issuer: 'Hội CCB tỉnh' },
              },
            ],
          },
        ],
      },
      units,
      counted: [],
    });
    expect(progress!.derived).toBe(false);
    expect(progress!.series.map((s) => s.unit.name)).toEqual(['tỉnh Lào Cai']);
    expect(progress!.series[0]!.points[0]!.source).toBe(
      '45/BC-CCB ngày 20/12/2025 của Hội CCB tỉnh',
    );
    expect(empty!.series).toEqual([]);
  });

  it('says a source given as text as it is, and one without issuer without "của"', () => {
    expect(sourceText('Số liệu minh họa')).toBe('Số liệu minh họa');
    expect(sourceText({ document: '12/BC-CCB', date: '01/12/2024' })).toBe(
      '12/BC-CCB ngày 01/12/2024',
    );
  });
});
