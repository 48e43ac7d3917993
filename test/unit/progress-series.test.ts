import { describe, expect, it } from 'vitest';
import { chartLabel, trendCaption } from '../../src/lib/progress/caption.ts';
import { toChartInput } from '../../src/lib/progress/chart-input.ts';
import { exportRows, toCsv } from '../../src/lib/progress/export.ts';
import {
  buildMeasureProgress,
  headlineSeries,
  shareMeeting,
  type PlottedPoint,
} from '../../src/lib/progress/series.ts';
import { unitsById } from '../../src/lib/units.ts';
import type { Measure } from '../../src/schemas/target.ts';

const measure: Measure = {
  id: 'ty-le-tap-hop',
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
const units = unitsById([
  { id: 'cu', name: 'tỉnh Cũ', level: 'province', validTo: '30/06/2025', successors: ['moi'] },
  { id: 'moi', name: 'tỉnh Mới', level: 'province', validFrom: '01/07/2025', successors: [] },
]);
const pt = (period: string, value: number, extra: Partial<PlottedPoint> = {}): PlottedPoint => ({
  period,
  value,
  estimate: false,
  sample: true,
  source: 'Số liệu minh họa',
  ...extra,
});

const progress = buildMeasureProgress(
  measure,
  [
    { unit: 'moi', points: [pt('2026', 97.9, { estimate: true }), pt('2025', 97.6)] },
    {
      unit: 'cu',
      points: [
        pt('2022', 96.4, { numerator: 964, denominator: 1000 }),
        pt('2025-H1', 97.4),
        pt('2024', 97.3),
      ],
    },
  ],
  units,
);

describe('one measure as charted, tabled and exported', () => {
  it('orders periods and marks the 01/07/2025 break between the old and the new unit', () => {
    expect(progress.categories.map((c) => c.key)).toEqual([
      '2022',
      '2024',
      '2025-H1',
      '2025',
      '2026',
    ]);
    expect(progress.breakAfter).toBe(2);
    expect(progress.milestones.map((m) => m?.value)).toEqual([96, 96, 96, 96, 98]);
    expect(progress.series.map((s) => s.unit.id)).toEqual(['cu', 'moi']);
  });

  it('feeds the chart the same values, with gaps where a unit has none', () => {
    const input = toChartInput(progress, 'full');
    expect(input.categories).toEqual(['2022', '2024', '2025 (6T đầu)', '2025', '2026']);
    expect(input.datasets[0]!.values).toEqual([96.4, 97.3, 97.4, null, null]);
    expect(input.datasets[1]!.values).toEqual([null, null, null, 97.6, 97.9]);
    expect(input.datasets[1]!.estimate).toEqual([false, false, false, false, true]);
  });

  it('states the trend of each unit in words, in Vietnamese number format', () => {
    const caption = trendCaption(progress);
    expect(caption).toContain(
      'tỉnh Cũ: tăng từ 96,4\u00a0% (2022) lên 97,4\u00a0% (6 tháng đầu năm 2025)',
    );
    expect(caption).toContain(
      'tỉnh Mới: tăng từ 97,6\u00a0% (2025) lên 97,9\u00a0% (2026, số ước)',
    );
    expect(caption).toContain('01/07/2025');
    expect(caption).toContain('tỉnh Mới: chậm tiến độ');
  });

  it('exports every plotted value with its milestone and sample flag', () => {
    const rows = exportRows(progress);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      unit: 'cu',
      period: '2022',
      value: 96.4,
      numerator: 964,
      denominator: 1000,
      meetsMilestone: true,
      sample: true,
    });
    expect(rows.at(-1)).toMatchObject({
      unit: 'moi',
      period: '2026',
      estimate: true,
      meetsMilestone: false,
    });
    const csv = toCsv(rows);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'ma_thuoc_do,ma_don_vi,don_vi,ky,ky_bao_cao,gia_tri,tu_so,mau_so,so_uoc,cong_don_nhiem_ky,moc_chi_tieu,dat_moc,so_lieu_minh_hoa,nguon',
    );
    expect(lines[1]).toContain(',96.4,964,1000,không,');
    expect(lines).toHaveLength(6);
  });

  it('judges each row of a per-term aim on the term total so far', () => {
    const perTerm: Measure = {
      ...measure,
      id: 'ho',
      kind: 'count',
      unit: 'hộ',
      period: 'term',
      milestones: [{ comparator: '>=', value: 2, from: 2022, to: 2030, mode: 'maintain' }],
    };
    const rows = exportRows(
      buildMeasureProgress(
        perTerm,
        [{ unit: 'cu', points: [pt('2022', 1), pt('2023', 0), pt('2024', 1), pt('2025-H1', 0)] }],
        units,
      ),
    );
    expect(rows.map((r) => [r.period, r.termTotal, r.meetsMilestone])).toEqual([
      ['2022', 1, false],
      ['2023', 1, false],
      ['2024', 2, true],
      ['2025-H1', 2, true],
    ]);
  });

  it('charts the share of units meeting the milestone when there are more units than markers', () => {
    const communes: Measure = {
      ...measure,
      id: 'mo-hinh',
      kind: 'count',
      unit: 'mô hình',
      level: 'commune',
      period: 'year',
      milestones: [{ comparator: '>=', value: 1, from: 2022, to: 2030, mode: 'maintain' }],
    };
    const inputs = ['a', 'b', 'c', 'd', 'e'].map((unit, i) => ({
      unit: `xa-${unit}`,
      points: [pt('2025', i % 2), pt('2026', 1)],
    }));
    const many = buildMeasureProgress(communes, inputs, units);
    expect(shareMeeting(many).map((s) => [s.period.key, s.met, s.total, s.rate])).toEqual([
      ['2025', 2, 5, 40],
      ['2026', 5, 5, 100],
    ]);
    const input = toChartInput(many, 'full');
    expect(input.kind).toBe('rate');
    expect(input.datasets).toEqual([
      { label: 'Tỷ lệ đơn vị đạt mốc', values: [40, 100], estimate: [false, false] },
    ]);
    expect(input.milestones).toEqual([
      { comparator: '>=', value: 100 },
      { comparator: '>=', value: 100 },
    ]);
    expect(trendCaption(many)).toContain('2025: 2/5; 2026: 5/5');
    // Four units or fewer are drawn one by one.
    expect(
      toChartInput(buildMeasureProgress(communes, inputs.slice(0, 4), units), 'full').datasets,
    ).toHaveLength(4);
  });

  it('shows the province as it is today first in the overview', () => {
    expect(headlineSeries(progress, 'moi')?.unit.id).toBe('moi');
    expect(headlineSeries(progress, 'khac')?.unit.id).toBe('moi');
  });
});

describe('the accessible name of a chart', () => {
  it('says the chart type, the measure and the span of periods', () => {
    expect(chartLabel(progress)).toBe(
      'Biểu đồ đường: Tỷ lệ tập hợp hội viên, 2022–2026. Chi tiết ở chú thích và bảng số liệu bên dưới.',
    );
    const counts = buildMeasureProgress(
      { ...measure, kind: 'count', unit: 'mô hình' },
      [{ unit: 'moi', points: [pt('2025', 1)] }],
      units,
    );
    expect(chartLabel(counts)).toMatch(/^Biểu đồ cột: .*, 2025–2025\./);
    expect(chartLabel(buildMeasureProgress(measure, [], units))).toBe(
      'Biểu đồ đường: Tỷ lệ tập hợp hội viên. Chi tiết ở chú thích và bảng số liệu bên dưới.',
    );
  });
});
