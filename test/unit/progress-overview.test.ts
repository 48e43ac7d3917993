import { describe, expect, it } from 'vitest';
import { hasSampleFigures, overviewCard } from '../../src/lib/progress/overview.ts';
import { buildMeasureProgress, type PlottedPoint } from '../../src/lib/progress/series.ts';
import { shownStatus } from '../../src/lib/progress/status.ts';
import {
  keepTogether,
  milestoneNote,
  progressTable,
  rowVerdict,
} from '../../src/lib/progress/table.ts';
import { unitsById } from '../../src/lib/units.ts';
import type { Measure } from '../../src/schemas/target.ts';

/** Like target 2.4: one rate for the whole province, “96% trở lên” to 2025, then “98% trở lên”. */
const rate: Measure = {
  id: 'ty-le',
  label: 'Tỷ lệ tập hợp hội viên',
  kind: 'rate',
  unit: '%',
  level: 'province',
  scope: 'Các cấp hội',
  period: 'year-end',
  milestones: [
    { comparator: '>=', value: 96, from: 2022, to: 2025, mode: 'maintain', wording: '96% trở lên' },
    { comparator: '>=', value: 98, from: 2026, to: 2030, mode: 'maintain', wording: '98% trở lên' },
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
/** Like target 2.1: each level of the Association, its own figure. */
const everyLevel: Measure = { ...perCommune, id: 'viec-lam-moi', level: 'all' };
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
  source: '0000/BC-VIDU ngày 20/12/2024',
  ...extra,
});

describe('the summary card of a target set for the whole province', () => {
  it("judges the province's own latest official figure, and shows a later estimate as not judged", () => {
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
    expect(card.status).toBe('met');
    expect(card.latestText).toBe('97,3\u00a0% (2024) – tỉnh Lào Cai');
    expect(card.pendingText).toBe('97,9\u00a0% (2026, số ước): chưa đánh giá');
    expect(card.milestoneText).toBe('“96% trở lên” cuối mỗi năm, từ 2022 đến 2025');
    expect(card.reason).toMatch(/^Đạt: năm 2024 là 97,3/);
  });

  it('says there is no figure yet, with every milestone of the measure', () => {
    const card = overviewCard(buildMeasureProgress(rate, [], units), 'tinh');
    expect(card.status).toBe('no-data');
    expect(card.latestText).toBe('chưa có số liệu');
    expect(card.milestoneText).toBe(
      '“96% trở lên” cuối mỗi năm, từ 2022 đến 2025; “98% trở lên” cuối mỗi năm, từ 2026 đến 2030',
    );
  });

  it('shows an illustration, never a verdict, when the figure is sample', () => {
    const card = overviewCard(
      buildMeasureProgress(
        rate,
        [{ unit: 'tinh', points: [pt('2024', 99, { sample: true })] }],
        units,
      ),
      'tinh',
    );
    expect(card.status).toBe('met');
    expect(shownStatus(card)).toBe('sample');
    expect(card.reason).toMatch(/^Minh họa, không đánh giá:/);
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

describe('the summary card of a target set for each unit', () => {
  const inputs = (values: [number, number, number]) =>
    (['xa-a', 'xa-b', 'xa-c'] as const).map((unit, i) => ({
      unit,
      points: [pt('2024', 1), pt('2025', values[i]!)],
    }));

  it('counts the units that meet it: one short and the province has not met it', () => {
    const some = overviewCard(buildMeasureProgress(perCommune, inputs([1, 0, 2]), units), 'tinh');
    expect(some.share).toMatchObject({ met: 2, judged: 3, noun: 'xã, phường' });
    expect(some.status).toBe('not-met');
    expect(some.latestText).toBe('2/3 xã, phường có số liệu đạt mốc (2025)');
    expect(some.reason).toContain('chưa phải mọi xã, phường đều đạt');
  });

  it('never calls the province "Đạt" from the units that have figures: the others may not', () => {
    const all = overviewCard(buildMeasureProgress(perCommune, inputs([1, 1, 3]), units), 'tinh');
    expect(all.status).toBe('needs-units');
    expect(all.latestText).toBe('3/3 xã, phường có số liệu đạt mốc (2025)');
    expect(all.reason).toMatch(/^Chưa đánh giá được: cần số liệu từng đơn vị: /);
  });

  it('cannot judge on a province total: "chưa đánh giá được: cần số liệu từng đơn vị"', () => {
    const card = overviewCard(
      buildMeasureProgress(perCommune, [{ unit: 'tinh', points: [pt('2024', 3)] }], units),
      'tinh',
    );
    expect(card.status).toBe('needs-units');
    expect(card.latestText).toBe('3 (2024) – số cộng chung của tỉnh Lào Cai');
    expect(card.reason).toBe(
      'Chưa đánh giá được: cần số liệu từng đơn vị: mốc đặt cho từng xã, phường, mà mới có số cộng chung của tỉnh Lào Cai.',
    );
  });

  it('for "các cấp Hội", needs the levels below the province besides its own figure', () => {
    const own = overviewCard(
      buildMeasureProgress(everyLevel, [{ unit: 'tinh', points: [pt('2025', 3)] }], units),
      'tinh',
    );
    expect(own.status).toBe('needs-units');
    expect(own.latestText).toBe('3 (2025) – số riêng của cấp tỉnh, tỉnh Lào Cai');
    const withCommune = overviewCard(
      buildMeasureProgress(
        everyLevel,
        [
          { unit: 'tinh', points: [pt('2025', 3)] },
          { unit: 'xa-a', points: [pt('2025', 0)] },
        ],
        units,
      ),
      'tinh',
    );
    expect(withCommune.status).toBe('not-met');
    expect(withCommune.latestText).toBe('1/2 đơn vị có số liệu đạt mốc (2025)');
  });

  it('says the share rests on sample figures when any unit’s figure is sample', () => {
    const sampled = inputs([1, 0, 2]).map((input, i) =>
      i === 0 ? { ...input, points: input.points.map((p) => ({ ...p, sample: true })) } : input,
    );
    const card = overviewCard(buildMeasureProgress(perCommune, sampled, units), 'tinh');
    expect(shownStatus(card)).toBe('sample');
  });
});

describe('the table under a chart', () => {
  const units2025 = unitsById([
    { id: 'cu', name: 'tỉnh Cũ', level: 'province', validTo: '30/06/2025', successors: ['moi'] },
    { id: 'moi', name: 'tỉnh Mới', level: 'province', validFrom: '01/07/2025', successors: [] },
  ]);

  it('lists each unit’s values under its name, oldest first, the 01/07/2025 line before the new unit', () => {
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
    expect(table.groups.map((g) => [g.unitName, g.rows.map((r) => r.period)])).toEqual([
      ['tỉnh Cũ (trước 01/07/2025)', ['2024', '2025-H1']],
      ['tỉnh Mới', ['2025']],
    ]);
    expect(table.breakBefore).toBe(1);
    expect(table.showRatio).toBe(true);
    // Period, value, milestone, verdict; then numerator, denominator, notes.
    expect(table.columns).toBe(7);
    expect(table.moreColumns).toEqual(['Tử số', 'Mẫu số', 'Ghi chú, nguồn']);
    expect(table.rows[0]).toMatchObject({
      valueText: '97,3\u00a0%',
      milestoneShort: '≥\u00a096\u00a0%',
      numeratorText: '973',
      denominatorText: '1.000',
      metText: '✔ Đạt',
      noteText: '0000/BC-VIDU ngày 20/12/2024',
    });
    expect(table.editorsMilestone).toBe(false);
    expect(table.milestoneNote).toBe('Mốc viết gọn: “≥” là “từ … trở lên”.');
    expect(table.rows[1]).toMatchObject({
      periodLines: ['2025', '6 tháng đầu'],
      // The old unit's state on its last day is judged: it is its final standing.
      metText: '✖ Chưa đạt',
      verdictText: '✖\u00a0Chưa đạt',
      numeratorText: '',
    });
  });

  it('explains only the signs and marks its short milestones use', () => {
    expect(milestoneNote(['> 75 % (hạn 2025)', '≥ 2*'])).toBe(
      'Mốc viết gọn: “≥” là “từ … trở lên”; “>” là “trên”; “hạn” là năm phải đạt. Dấu *: mốc do ban biên tập đặt vì văn bản không ghi số.',
    );
    expect(milestoneNote(['không có mốc'])).toBe('');
  });

  it('says in each row why a value is not judged, and marks sample verdicts as illustrations', () => {
    expect(
      rowVerdict({ meetsMilestone: null, notJudged: 'số ước', sample: false, milestone: 'x' }),
    ).toBe('Chưa đánh giá (số ước)');
    expect(
      rowVerdict({ meetsMilestone: true, notJudged: null, sample: true, milestone: 'x' }),
    ).toBe('◇ đạt (minh họa)');
    expect(
      rowVerdict({ meetsMilestone: false, notJudged: null, sample: false, milestone: 'x' }),
    ).toBe('✖ Chưa đạt');
    expect(
      rowVerdict({ meetsMilestone: null, notJudged: null, sample: false, milestone: null }),
    ).toBe('');
  });

  it('draws no line when all rows lie on one side, and shows the running total of per-term aims', () => {
    const table = progressTable(
      buildMeasureProgress(
        { ...rate, kind: 'count', period: 'term', unit: 'hộ', level: 'province' },
        [{ unit: 'tinh', points: [pt('2022', 1, { estimate: true }), pt('2023', 2)] }],
        units,
      ),
    );
    expect(table.breakBefore).toBeNull();
    expect(table.showRatio).toBe(false);
    expect(table.showTermTotal).toBe(true);
    expect(table.columns).toBe(6);
    expect(table.moreColumns).toEqual(['Cộng dồn nhiệm kỳ', 'Ghi chú, nguồn']);
    expect(table.rows.map((r) => r.termTotalText)).toEqual(['1', '3']);
    expect(table.rows[0]!.noteText).toBe('Số ước; 0000/BC-VIDU ngày 20/12/2024');
    expect(table.rows[0]!.metText).toBe('Chưa đánh giá (số ước)');
    // In a narrow column two words in brackets stay together; a longer bracket may break.
    expect(table.rows[0]!.verdictText).toBe('Chưa đánh giá (số\u00a0ước)');
    expect(keepTogether('Chưa đánh giá (số cộng chung)')).toBe('Chưa đánh giá (số cộng chung)');
  });
});
