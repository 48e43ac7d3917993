import { describe, expect, it } from 'vitest';
import {
  facetLinkGroups,
  facetPages,
  facetPageTitle,
  facetValueLabel,
} from '../../src/lib/models/facet-labels.ts';
import {
  countBy,
  countTable,
  modelFacts,
  withFacet,
  type ModelFacts,
} from '../../src/lib/models/facets.ts';
import { modelFacetPath } from '../../src/lib/urls.ts';
import { unitsById } from '../../src/lib/units.ts';

const units = unitsById([
  { id: 'lao-cai', name: 'tỉnh Lào Cai', level: 'province', successors: [] },
  {
    id: 'yen-bai',
    name: 'tỉnh Yên Bái',
    level: 'province',
    validTo: '30/06/2025',
    successors: ['lao-cai'],
  },
  { id: 'xa-moi', name: 'xã Mới', level: 'commune', parent: 'lao-cai', successors: [] },
  {
    id: 'xa-cu',
    name: 'xã Cũ, huyện Cũ',
    level: 'commune',
    parent: 'yen-bai',
    validTo: '30/06/2025',
    successors: ['xa-moi'],
  },
]);

const model = (id: string, over: Partial<ModelFacts>): ModelFacts => ({
  id,
  field: 'kinh-te',
  unit: 'xa-moi',
  yearStarted: 2025,
  status: 'effective',
  sample: false,
  recognitionLevels: [],
  ...over,
});

describe('what the filters know of a model', () => {
  it("files a model recorded in a former commune under today's commune and province", () => {
    const facts = modelFacts(
      'ong',
      {
        field: 'kinh-te',
        unit: 'xa-cu',
        yearStarted: 2022,
        status: 'recognised',
        sample: true,
        recognition: [{ level: 'district', body: 'Huyện ủy', year: 2023 }],
      },
      units,
    );
    expect(facts).toMatchObject({
      id: 'ong',
      unit: 'xa-cu',
      province: 'lao-cai',
      commune: 'xa-moi',
      recognitionLevels: ['district'],
      sample: true,
    });
  });
});

describe('narrowing and counting models', () => {
  const models = [
    model('a', {
      field: 'kinh-te',
      yearStarted: 2022,
      unit: 'xa-cu',
      province: 'lao-cai',
      recognitionLevels: ['district', 'province'],
    }),
    model('b', { field: 'van-hoa-xa-hoi', yearStarted: 2025, province: 'lao-cai' }),
    model('c', { field: 'kinh-te', yearStarted: 2025, sample: true }),
  ];

  it('counts per value in the order given, with values outside it last', () => {
    expect(countBy(models, 'field', ['van-hoa-xa-hoi', 'kinh-te'])).toEqual([
      { value: 'van-hoa-xa-hoi', count: 1 },
      { value: 'kinh-te', count: 2 },
    ]);
    expect(countBy(models, 'year')).toEqual([
      { value: '2022', count: 1 },
      { value: '2025', count: 2 },
    ]);
  });

  it('lists a model under each level it was recognised at, and the rest as not recognised', () => {
    expect(withFacet(models, 'recognition', 'province').map((m) => m.id)).toEqual(['a']);
    expect(withFacet(models, 'recognition', 'district').map((m) => m.id)).toEqual(['a']);
    expect(withFacet(models, 'recognition', 'chua-cong-nhan').map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('counts field by year, keeping every field asked for even without a model', () => {
    const table = countTable(
      models,
      { facet: 'field', values: ['kinh-te', 'van-hoa-xa-hoi', 'quoc-phong-an-ninh'] },
      { facet: 'year' },
    );
    expect(table.columns).toEqual(['2022', '2025']);
    expect(table.rows).toEqual([
      { value: 'kinh-te', counts: [1, 1], total: 2 },
      { value: 'van-hoa-xa-hoi', counts: [0, 1], total: 1 },
      { value: 'quoc-phong-an-ninh', counts: [0, 0], total: 0 },
    ]);
    expect(table.columnTotals).toEqual([1, 2]);
    expect(table.total).toBe(3);
  });

  it('offers one filter page per facet value some model has, under its Vietnamese address', () => {
    const pages = facetPages(models);
    expect(pages).toContainEqual({ facet: 'province', value: 'lao-cai' });
    expect(pages).toContainEqual({ facet: 'recognition', value: 'chua-cong-nhan' });
    expect(pages.filter((p) => p.facet === 'commune')).toEqual([]);
    expect(modelFacetPath('field', 'kinh-te')).toBe('/mo-hinh/linh-vuc/kinh-te/');
    expect(modelFacetPath('recognition', 'chua-cong-nhan')).toBe(
      '/mo-hinh/cong-nhan/chua-cong-nhan/',
    );
    expect(modelFacetPath('year', '2025')).toBe('/mo-hinh/nam/2025/');
  });

  it('links every filter with its count, marking the page being shown', () => {
    const groups = facetLinkGroups(models, units, { facet: 'year', value: '2025' });
    expect(groups.map((g) => [g.id, g.heading])).toEqual([
      ['loc-linh-vuc', 'Theo lĩnh vực'],
      ['loc-tinh', 'Theo tỉnh'],
      ['loc-xa', 'Theo xã, phường (tên hiện nay)'],
      ['loc-nam', 'Theo năm bắt đầu'],
      ['loc-cong-nhan', 'Theo cấp công nhận'],
    ]);
    expect(groups[0]!.links.map((l) => [l.label, l.count])).toEqual([
      ['Kinh tế', 2],
      ['Văn hóa – xã hội', 1],
    ]);
    expect(groups[1]!.links).toEqual([
      { href: '/mo-hinh/tinh/lao-cai/', label: 'tỉnh Lào Cai', count: 2, current: false },
    ]);
    expect(groups[3]!.links.filter((l) => l.current).map((l) => l.label)).toEqual(['Năm 2025']);
    expect(groups[4]!.links.map((l) => l.label)).toEqual([
      'Cấp huyện (trước 01/07/2025)',
      'Cấp tỉnh',
      'Chưa được công nhận',
    ]);
  });
});

describe('filter page names', () => {
  it('names each filter page the way a reader would say it', () => {
    expect(facetPageTitle('field', 'kinh-te', units)).toBe('Mô hình lĩnh vực kinh tế');
    expect(facetPageTitle('province', 'lao-cai', units)).toBe('Mô hình ở tỉnh Lào Cai');
    expect(facetPageTitle('year', '2024', units)).toBe('Mô hình bắt đầu năm 2024');
    expect(facetPageTitle('recognition', 'chua-cong-nhan', units)).toBe(
      'Mô hình chưa được công nhận',
    );
    expect(facetPageTitle('recognition', 'province', units)).toBe(
      'Mô hình được công nhận cấp tỉnh',
    );
    expect(facetValueLabel('commune', 'xa-khong-co', units)).toBe('xa-khong-co');
  });
});
