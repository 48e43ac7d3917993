import { describe, expect, it } from 'vitest';
import { hasSampleFigures, overviewCard } from '../../src/lib/progress/overview.ts';
import { buildMeasureProgress, type PlottedPoint } from '../../src/lib/progress/series.ts';
import { progressTable } from '../../src/lib/progress/table.ts';
import { unitsById } from '../../src/lib/units.ts';
import type { Measure } from '../../src/schemas/target.ts';

/** Like target 2.4: ≥ 96 % to 2025, then ≥ 98 %. */
const rate: Measure = {
  id: 'ty-le',
  label: 'Tỷ lệ tập hợp hội viên',
  kind: 'rate',
  unit: '%',
  level: 'all',
  scope: 'Các cấp hội',
  period: 'year-end',
  milestones: [
    { comparator: '>=', value: 96, from: 2022, to: 2025, mode: 'maintain' },
    { comparator: '>=', value: 98, from: 2026, to: 2030, mode: 'maintain' },
  ],
};
/** Like target 2.8: at least one model per commune per year. */
const perCommune: Measure = {
  ...rate,
  id: 'mo-hinh',
  label: 'Số mô hình mỗi xã',
  kind: 'count',
  unit: 'mô hình',
  level: 'commune',
  period: 'year',
  milestones: [{ comparator: '>=', value: 1, from: 2022, to: 2030, mode: 'maintain' }],
};
const units = unitsById([
  { id: 'tinh', name: 'tỉnh Lào Cai', level: 'province', successors: [] },
  { id: 'xa-a', name: 'xã A', level: 'commune', parent: 'tinh', successors: [] },
  { id: 'xa-b', name: 'xã B', level: 'commune', parent: 'tinh', successors: [] },
  { id: 'xa-c', name: 'xã C', level: 'commune', parent: 'tinh', successors: [] },
]);
const pt = (period: string, value: number, extra: Partial<PlottedPoint> = {}): PlottedPoint => ({
  period,
  value,
  estimate: false,
  sample: false,
  source: '45/BC-CCB ngày 20/12/2024',
  ...extra,
});

describe('the summary card of a measure', () => {
  it("shows the province's own latest figure and status when the province has one", () => {
    const progress = buildMeasureProgress(
      rate,
      [
        { unit: 'xa-a', points: [pt('2024', 90)] },
        { unit: 'tinh', points: [pt('2024', 97.3), pt('2026', 97.9, { estimate: true })] },
      ],
      units,
    );
    const card = overviewCard(progress, 'tinh');
    expect(card.share).toBeUndefined();
    expect(card.status).toBe('off-track');
    expect(card.latestText).toBe('97,9\u00a0% (2026, số ước) – tỉnh Lào Cai');
    expect(card.milestoneText).toBe('từ 98\u00a0% trở lên cuối mỗi năm, từ 2026 đến 2030');
  });

  it('sums several communes up as the share meeting the milestone: met only when all do', () => {
    const inputs = (values: [number, number, number]) =>
      (['xa-a', 'xa-b', 'xa-c'] as const).map((unit, i) => ({
        unit,
        points: [pt('2024', 1), pt('2025', values[i]!)],
      }));
    const some = overviewCard(buildMeasureProgress(perCommune, inputs([1, 0, 2]), units), 'tinh');
    expect(some.share).toMatchObject({ met: 2, total: 3 });
    expect(some.status).toBe('off-track');
    expect(some.latestText).toBe('2/3 đơn vị đạt mốc (2025)');
    expect(some.milestoneText).toBe('ít nhất 1 mô hình mỗi năm, từ 2022 đến 2030');
    const all = overviewCard(buildMeasureProgress(perCommune, inputs([1, 1, 3]), units), 'tinh');
    expect(all.status).toBe('met');
    expect(all.latestText).toBe('3/3 đơn vị đạt mốc (2025)');
  });

  it('shows the only unit there is, even when it is not the province', () => {
    const card = overviewCard(
      buildMeasureProgress(perCommune, [{ unit: 'xa-a', points: [pt('2025', 0)] }], units),
      'tinh',
    );
    expect(card.share).toBeUndefined();
    expect(card.status).toBe('off-track');
    expect(card.latestText).toBe('0 (2025) – xã A');
  });

  it('says there is no figure yet, with every milestone of the measure', () => {
    const card = overviewCard(buildMeasureProgress(rate, [], units), 'tinh');
    expect(card.status).toBe('no-data');
    expect(card.latestText).toBe('chưa có số liệu');
    expect(card.milestoneText).toBe(
      'từ 96\u00a0% trở lên cuối mỗi năm, từ 2022 đến 2025; từ 98\u00a0% trở lên cuối mỗi năm, từ 2026 đến 2030',
    );
  });

  it('flags the overview when any card shows sample figures', () => {
    const real = overviewCard(
      buildMeasureProgress(rate, [{ unit: 'tinh', points: [pt('2024', 97)] }], units),
      'tinh',
    );
    const sample = overviewCard(
      buildMeasureProgress(
        rate,
        [{ unit: 'tinh', points: [pt('2024', 97, { sample: true })] }],
        units,
      ),
      'tinh',
    );
    expect(hasSampleFigures([real])).toBe(false);
    expect(hasSampleFigures([real, sample])).toBe(true);
  });
});

describe('the table under a chart', () => {
  const units2025 = unitsById([
    { id: 'cu', name: 'tỉnh Cũ', level: 'province', validTo: '30/06/2025', successors: ['moi'] },
    { id: 'moi', name: 'tỉnh Mới', level: 'province', validFrom: '01/07/2025', successors: [] },
  ]);

  it('lists values oldest first and puts the 01/07/2025 line before the first new-unit row', () => {
    const table = progressTable(
      buildMeasureProgress(
        rate,
        [
          { unit: 'moi', points: [pt('2025', 97.6)] },
          {
            unit: 'cu',
            points: [pt('2025-H1', 95.5), pt('2024', 97.3, { numerator: 973, denominator: 1000 })],
          },
        ],
        units2025,
      ),
    );
    expect(table.rows.map((r) => [r.period, r.unitName])).toEqual([
      ['2024', 'tỉnh Cũ'],
      ['2025-H1', 'tỉnh Cũ'],
      ['2025', 'tỉnh Mới'],
    ]);
    expect(table.breakBefore).toBe(2);
    expect(table.showRatio).toBe(true);
    expect(table.columns).toBe(8);
    expect(table.rows[0]).toMatchObject({
      valueText: '97,3\u00a0%',
      numeratorText: '973',
      denominatorText: '1.000',
      metText: '✔ Đạt',
      noteText: '45/BC-CCB ngày 20/12/2024',
    });
    expect(table.rows[1]).toMatchObject({ metText: '✖ Chưa đạt', numeratorText: '' });
  });

  it('draws no line when all rows lie on one side, and shows the running total of per-term aims', () => {
    const table = progressTable(
      buildMeasureProgress(
        { ...perCommune, period: 'term', unit: 'hộ' },
        [{ unit: 'tinh', points: [pt('2022', 1, { estimate: true }), pt('2023', 2)] }],
        units,
      ),
    );
    expect(table.breakBefore).toBeNull();
    expect(table.showRatio).toBe(false);
    expect(table.showTermTotal).toBe(true);
    expect(table.columns).toBe(7);
    expect(table.rows.map((r) => r.termTotalText)).toEqual(['1', '3']);
    expect(table.rows[0]!.noteText).toBe('Số ước; 45/BC-CCB ngày 20/12/2024');
  });
});
