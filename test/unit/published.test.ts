import { describe, expect, it } from 'vitest';
import { figureLine, figuresOf, UNKNOWN_DATE } from '../../src/lib/published.ts';
import { unitsById } from '../../src/lib/units.ts';
import type { PublishedFigure } from '../../src/schemas/published-figure.ts';

const units = unitsById([
  { id: 'moi', name: 'tỉnh Mới', level: 'province', validFrom: '01/07/2025', successors: [] },
  { id: 'cu', name: 'tỉnh Cũ', level: 'province', validTo: '30/06/2025', successors: ['moi'] },
  { id: 'khac', name: 'tỉnh Khác', level: 'province', successors: [] },
]);
const figure: PublishedFigure = {
  id: 'cu-81',
  value: 81,
  unit: 'mô hình',
  counts: 'Mô hình do các cấp hội xây dựng',
  parts: [
    { label: 'Kinh tế', value: 32 },
    { label: 'Văn hóa - xã hội', value: 49 },
  ],
  place: 'cu',
  period: 'từ năm 2021',
  source: { publisher: 'Báo Mẫu', title: 'Bài mẫu', url: 'https://bao.example.vn/a' },
  informs: ['kh/ii-2-8'],
};

describe('published figures', () => {
  it('say the figure, its parts, where (a former province named as such), when and who published it', () => {
    expect(figureLine(figure, units)).toMatchObject({
      figure: '81 mô hình',
      parts: 'Kinh tế: 32; Văn hóa - xã hội: 49',
      place: 'tỉnh Cũ (trước 01/07/2025)',
      publisher: 'Báo Mẫu',
      url: 'https://bao.example.vn/a',
      informs: ['kh/ii-2-8'],
    });
  });

  it('say "không rõ ngày" when the page shows no date', () => {
    expect(figureLine(figure, units).date).toBe(UNKNOWN_DATE);
    expect(UNKNOWN_DATE).toBe('không rõ ngày');
    expect(
      figureLine({ ...figure, source: { ...figure.source, date: '05/11/2024' } }, units).date,
    ).toBe('05/11/2024');
  });

  it('belong to a province as it is today: a former province’s figures count for its successor', () => {
    expect(figuresOf([figure], 'moi', units)).toEqual([figure]);
    expect(figuresOf([figure], 'khac', units)).toEqual([]);
  });
});
