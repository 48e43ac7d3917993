import { describe, expect, it } from 'vitest';
import { deriveCommuneCounts, DERIVED_SOURCE } from '../../src/lib/progress/derive.ts';
import { unitsById } from '../../src/lib/units.ts';
import { SAMPLE_SOURCE } from '../../src/schemas/progress.ts';

const units = unitsById([
  { id: 'tinh', name: 'tỉnh Mẫu', level: 'province', successors: [] },
  { id: 'khac', name: 'tỉnh Khác', level: 'province', successors: [] },
  { id: 'xa-a', name: 'xã A', level: 'commune', parent: 'tinh', successors: [] },
  {
    id: 'xa-b',
    name: 'xã B',
    level: 'commune',
    parent: 'tinh',
    validFrom: '01/07/2025',
    successors: [],
  },
  { id: 'xa-khac', name: 'xã Khác', level: 'commune', parent: 'khac', successors: [] },
]);

describe('counts of models per commune (target 2.8)', () => {
  it('gives every commune of the province a value each year it existed, 0 when no model met the target', () => {
    const series = deriveCommuneCounts({
      records: [
        { kind: 'mo-hinh', unit: 'xa-a', yearEffective: 2023, yearReplicated: 2024, sample: false },
      ],
      units,
      province: 'tinh',
      years: { from: 2022, to: 2025 },
    });
    expect(series.map((s) => [s.unit, s.points.map((p) => [p.period, p.value])])).toEqual([
      [
        'xa-a',
        [
          ['2022', 0],
          ['2023', 0],
          ['2024', 1],
          ['2025', 0],
        ],
      ],
      ['xa-b', [['2025', 0]]],
    ]);
    expect(series[0]!.points.every((p) => !p.sample && p.source === DERIVED_SOURCE)).toBe(true);
  });

  it('makes every count sample while the register of the province holds a sample record', () => {
    const series = deriveCommuneCounts({
      records: [
        { kind: 'mo-hinh', unit: 'xa-a', yearEffective: 2023, yearReplicated: 2024, sample: false },
        { kind: 'mo-hinh', unit: 'xa-b', sample: true },
      ],
      units,
      province: 'tinh',
      years: { from: 2022, to: 2025 },
    });
    expect(
      series.flatMap((s) => s.points).every((p) => p.sample && p.source === SAMPLE_SOURCE),
    ).toBe(true);
    // Another province's sample records do not taint this one's count.
    const elsewhere = deriveCommuneCounts({
      records: [{ kind: 'mo-hinh', unit: 'xa-khac', sample: true }],
      units,
      province: 'tinh',
      years: { from: 2024, to: 2024 },
    });
    expect(elsewhere.flatMap((s) => s.points).some((p) => p.sample)).toBe(false);
  });

  it('gives no series when the years are empty', () => {
    expect(
      deriveCommuneCounts({
        records: [],
        units,
        province: 'tinh',
        years: { from: 2026, to: 2025 },
      }),
    ).toEqual([]);
  });
});
