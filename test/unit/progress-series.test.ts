import { describe, expect, it } from 'vitest';
import { chartLabel, trendCaption } from '../../src/lib/progress/caption.ts';
import { toChartInput } from '../../src/lib/progress/chart-input.ts';
import { exportRows, toCsv } from '../../src/lib/progress/export.ts';
import {
  buildMeasureProgress,
  isTotal,
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
  level: 'province',
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
    const input = toChartInput(progress);
    expect(input.categories).toEqual(['2022', '2024', '2025 (6T đầu)', '2025', '2026']);
    // The narrow layout writes a half-year on two lines, so the axis needs less width.
    expect(input.categoryLines).toEqual([
      ['2022'],
      ['2024'],
      ['2025', '6T đầu'],
      ['2025'],
      ['2026'],
    ]);
    expect(input.datasets[0]!.values).toEqual([96.4, 97.3, 97.4, null, null]);
    expect(input.datasets[1]!.values).toEqual([null, null, null, 97.6, 97.9]);
    expect(input.datasets[1]!.estimate).toEqual([false, false, false, false, true]);
  });

  it('states the trend of each unit in words, in Vietnamese number format', () => {
    const caption = trendCaption(progress);
    expect(caption).toContain(
      'tỉnh Cũ (trước 01/07/2025): tăng từ 96,4\u00a0% (2022) lên 97,4\u00a0% (6 tháng đầu năm 2025)',
    );
    expect(caption).toContain(
      'tỉnh Mới: tăng từ 97,6\u00a0% (2025) lên 97,9\u00a0% (2026, số ước)',
    );
    expect(caption).toContain('01/07/2025');
    // Sample figures: every status is said to be an illustration; the ended unit's is its final one.
    expect(caption).toContain(
      'tỉnh Cũ (trước 01/07/2025): kết quả cuối cùng, minh họa, không đánh giá',
    );
    expect(caption).toContain('tỉnh Mới: minh họa, không đánh giá');
  });

  it('names a unit that has ended with the day it ended, everywhere it is shown', () => {
    expect(progress.series.map((s) => [s.label, s.endedBefore])).toEqual([
      ['tỉnh Cũ (trước 01/07/2025)', '01/07/2025'],
      ['tỉnh Mới', undefined],
    ]);
    expect(toChartInput(progress).datasets[0]!.label).toBe('tỉnh Cũ (trước 01/07/2025)');
    expect(exportRows(progress)[0]!.unitName).toBe('tỉnh Cũ (trước 01/07/2025)');
    // Its state on its last day is its final standing; the successor is judged on 2025, not the 2026 estimate.
    expect(progress.series[0]!.assessment).toMatchObject({ status: 'met', final: true });
    expect(progress.series[1]!.assessment.judged?.period.key).toBe('2025');
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
    // An estimate is shown, never judged against its milestone.
    expect(rows.at(-1)).toMatchObject({
      unit: 'moi',
      period: '2026',
      estimate: true,
      meetsMilestone: null,
      notJudged: 'số ước',
    });
    const csv = toCsv(rows);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'ma_thuoc_do,ma_don_vi,don_vi,ky,ky_bao_cao,gia_tri,tu_so,mau_so,so_uoc,cong_don_nhiem_ky,moc_chi_tieu,dat_moc,khong_danh_gia_vi,so_lieu_minh_hoa,nguon',
    );
    expect(lines[1]).toContain(',96.4,964,1000,không,');
    expect(lines).toHaveLength(6);
  });

  it('neutralises text cells a spreadsheet would run as a formula, and keeps numbers numbers', () => {
    const [row] = exportRows(progress);
    const line = (source: string, value = 1) =>
      toCsv([{ ...row!, source, value }])
        .trimEnd()
        .split('\r\n')[1]!;
    for (const formula of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1'])
      expect(line(formula)).toMatch(new RegExp(`,"?'${formula.replace(/[+(\\)]/g, '\\$&')}"?$`));
    expect(line('=HYPERLINK("http://x.vn","bấm")')).toMatch(
      /,"'=HYPERLINK\(""http:\/\/x\.vn"",""bấm""\)"$/,
    );
    expect(line('Báo cáo 45/BC-CCB')).toMatch(/,Báo cáo 45\/BC-CCB$/);
    expect(line('Số liệu minh họa', -3)).toContain(',-3,');
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
    const input = toChartInput(many);
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
      toChartInput(buildMeasureProgress(communes, inputs.slice(0, 4), units)).datasets,
    ).toHaveLength(4);
  });

  it('takes a province or district figure of a target set for each unit as a total, never judged', () => {
    const perCommune: Measure = { ...measure, level: 'commune', kind: 'count', unit: 'mô hình' };
    expect(isTotal(perCommune, { level: 'province' })).toBe(true);
    expect(isTotal(perCommune, { level: 'district' })).toBe(true);
    expect(isTotal(perCommune, { level: 'commune' })).toBe(false);
    expect(isTotal({ level: 'village' }, { level: 'commune' })).toBe(true);
    // "các cấp Hội": each level's figure is its own association's.
    expect(isTotal({ level: 'all' }, { level: 'province' })).toBe(false);
    expect(isTotal({ level: 'province' }, { level: 'province' })).toBe(false);
    const totals = buildMeasureProgress(
      perCommune,
      [{ unit: 'moi', points: [pt('2025', 3)] }],
      units,
    );
    expect(totals.series[0]).toMatchObject({ total: true });
    expect(totals.series[0]!.assessment.status).toBe('needs-units');
    expect(totals.series[0]!.assessment.detail).toContain('số cộng chung của tỉnh Mới');
    expect(exportRows(totals)[0]).toMatchObject({
      meetsMilestone: null,
      notJudged: 'số cộng chung',
    });
    expect(shareMeeting(totals)).toEqual([]);
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
