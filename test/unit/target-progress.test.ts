import { describe, expect, it } from 'vitest';
import { DERIVED_SOURCE, yearCounted, type ModelRecord } from '../../src/lib/progress/derive.ts';
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
    name: 'tỉnh Lào Cai',
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

describe('which models count toward target 2.8, as it is written', () => {
  const model = (extra: Partial<ModelRecord>): ModelRecord => ({
    kind: 'mo-hinh',
    unit: 'xa-cu',
    sample: false,
    ...extra,
  });

  it('counts a model only once it works effectively AND has been replicated, in the year it has both', () => {
    expect(yearCounted(model({ yearEffective: 2023, yearReplicated: 2024 }))).toBe(2024);
    // Replicated the year it became effective: that year.
    expect(yearCounted(model({ yearEffective: 2024, yearReplicated: 2024 }))).toBe(2024);
    // Effective (even recognised) but not replicated: not yet.
    expect(yearCounted(model({ yearEffective: 2023 }))).toBeUndefined();
    expect(yearCounted(model({}))).toBeUndefined();
  });

  it('never counts an exemplary person or group (điển hình), only models', () => {
    for (const kind of ['dien-hinh-ca-nhan', 'dien-hinh-tap-the'])
      expect(
        yearCounted(model({ kind, yearEffective: 2023, yearReplicated: 2023 })),
      ).toBeUndefined();
  });
});

describe("a target's progress", () => {
  it('counts every commune of the plan province each year, 0 without a model, up to the last complete year', () => {
    const [progress] = targetProgress({
      measures: [perCommune],
      province: 'lao-cai',
      progress: { series: [{ measure: 'mo-hinh', derivedFrom: 'models' }] },
      units,
      models: [
        {
          kind: 'mo-hinh',
          unit: 'xa-cu',
          yearEffective: 2022,
          yearReplicated: 2023,
          sample: false,
        },
        // Met the target in 2025 at a commune that ended mid-2025: counted for its successor.
        {
          kind: 'mo-hinh',
          unit: 'xa-cu',
          yearEffective: 2024,
          yearReplicated: 2025,
          sample: false,
        },
        {
          kind: 'mo-hinh',
          unit: 'xa-moi',
          yearEffective: 2025,
          yearReplicated: 2025,
          sample: false,
        },
        // Effective but not replicated: not counted.
        { kind: 'mo-hinh', unit: 'xa-moi', yearEffective: 2025, sample: false },
        // Another province's model: never counted for this plan.
        {
          kind: 'mo-hinh',
          unit: 'xa-lai-chau',
          yearEffective: 2024,
          yearReplicated: 2024,
          sample: false,
        },
        // After the last complete year: not yet.
        {
          kind: 'mo-hinh',
          unit: 'xa-moi',
          yearEffective: 2026,
          yearReplicated: 2026,
          sample: false,
        },
      ],
      lastCompleteYear: 2025,
    });
    expect(progress!.derived).toBe(true);
    const byUnit = Object.fromEntries(
      progress!.series.map((s) => [s.unit.id, s.points.map((p) => [p.period, p.value])]),
    );
    // Quang Kim ended on 30/06/2025: counted 2022 to 2024; Bát Xát from 2025; Bản Lang is in Lai Châu.
    expect(byUnit).toEqual({
      'xa-cu': [
        ['2022', 0],
        ['2023', 1],
        ['2024', 0],
      ],
      'xa-moi': [['2025', 2]],
    });
    expect(progress!.series[0]!.points[0]!.source).toBe(DERIVED_SOURCE);
    // One sample 2022 model can no longer stand for "met": the years after it count 0.
    const [alone] = targetProgress({
      measures: [perCommune],
      province: 'lao-cai',
      progress: { series: [{ measure: 'mo-hinh', derivedFrom: 'models' }] },
      units,
      models: [
        { kind: 'mo-hinh', unit: 'xa-cu', yearEffective: 2022, yearReplicated: 2022, sample: true },
      ],
      lastCompleteYear: 2025,
    });
    const quangKim = alone!.series.find((s) => s.unit.id === 'xa-cu')!;
    expect(quangKim.points.map((p) => p.value)).toEqual([1, 0, 0]);
    expect(quangKim.assessment).toMatchObject({ status: 'not-met', sample: true, final: true });
    // The whole register holds a sample record, so even the real-looking zeros are sample.
    expect(alone!.series.every((s) => s.points.every((p) => p.sample))).toBe(true);
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
                source: { document: '0000/BC-VIDU', date: '20/12/2025', issuer: 'Hội CCB tỉnh' },
              },
            ],
          },
        ],
      },
      units,
      models: [],
      lastCompleteYear: 2025,
    });
    expect(progress!.derived).toBe(false);
    expect(progress!.series.map((s) => s.unit.name)).toEqual(['tỉnh Lào Cai']);
    expect(progress!.series[0]!.points[0]!.source).toBe(
      '0000/BC-VIDU ngày 20/12/2025 của Hội CCB tỉnh',
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
