import { describe, expect, it } from 'vitest';
import { deriveCountSeries } from '../../src/lib/progress/derive.ts';
import { SAMPLE_SOURCE } from '../../src/schemas/progress.ts';

describe('series derived from model records', () => {
  it('counts records per unit per year, with 0 for years between', () => {
    const series = deriveCountSeries(
      [
        { unit: 'xa-b', year: 2023, sample: false },
        { unit: 'xa-a', year: 2022, sample: false },
        { unit: 'xa-a', year: 2022, sample: false },
        { unit: 'xa-a', year: 2024, sample: false },
      ],
      { from: 2022, to: 2030 },
    );
    expect(series.map((s) => s.unit)).toEqual(['xa-a', 'xa-b']);
    expect(series[0]!.points.map((p) => [p.period, p.value])).toEqual([
      ['2022', 2],
      ['2023', 0],
      ['2024', 1],
    ]);
    expect(series[1]!.points.map((p) => [p.period, p.value])).toEqual([
      ['2023', 1],
      ['2024', 0],
    ]);
    expect(series[0]!.points.every((p) => !p.sample && p.source !== SAMPLE_SOURCE)).toBe(true);
  });

  it('carries the sample flag of the records it counts', () => {
    const [series] = deriveCountSeries(
      [
        { unit: 'xa-a', year: 2022, sample: true },
        { unit: 'xa-a', year: 2024, sample: false },
      ],
      { from: 2022, to: 2030 },
    );
    expect(series!.points.map((p) => p.sample)).toEqual([true, true, false]);
    expect(series!.points[0]!.source).toBe(SAMPLE_SOURCE);
  });

  it('leaves out years outside the plan and years the unit did not exist', () => {
    const series = deriveCountSeries(
      [
        { unit: 'huyen', year: 2019, sample: false },
        { unit: 'huyen', year: 2023, sample: false },
        { unit: 'xa-moi', year: 2026, sample: false },
      ],
      { from: 2022, to: 2030 },
      (unit, year) => (unit === 'huyen' ? year <= 2024 : year >= 2025),
    );
    expect(series.find((s) => s.unit === 'huyen')!.points.map((p) => p.period)).toEqual([
      '2023',
      '2024',
    ]);
    expect(series.find((s) => s.unit === 'xa-moi')!.points.map((p) => p.period)).toEqual(['2026']);
  });

  it('gives no series without records', () => {
    expect(deriveCountSeries([], { from: 2022, to: 2030 })).toEqual([]);
  });
});
