import { describe, expect, it } from 'vitest';
import { countBy, withFacet, type ModelFacts } from '../../src/lib/models/facets.ts';
import {
  currentProvince,
  currentUnit,
  placeLabel,
  type UnitLike,
} from '../../src/lib/models/units.ts';

const units: UnitLike[] = [
  { id: 'lao-cai', name: 'tỉnh Lào Cai', level: 'province', successors: [] },
  {
    id: 'lao-cai-cu',
    name: 'tỉnh Lào Cai (trước 01/07/2025)',
    level: 'province',
    validTo: '30/06/2025',
    successors: ['lao-cai'],
  },
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
];

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

describe('places after the 01/07/2025 reorganisation', () => {
  it("follows successors to today's commune and province", () => {
    expect(currentUnit('xa-cu', units)?.id).toBe('xa-moi');
    expect(currentProvince('xa-cu', units)?.id).toBe('lao-cai');
  });

  it("says today's name first and the former one in brackets, never a district as current", () => {
    expect(placeLabel('xa-cu', units)).toBe(
      'xã Mới, tỉnh Lào Cai (trước 01/07/2025: xã Cũ, huyện Cũ)',
    );
    expect(placeLabel('xa-moi', units)).toBe('xã Mới, tỉnh Lào Cai');
  });
});

describe('narrowing and counting models', () => {
  const models = [
    model('a', {
      field: 'kinh-te',
      yearStarted: 2022,
      unit: 'xa-cu',
      recognitionLevels: ['district', 'province'],
    }),
    model('b', { field: 'van-hoa-xa-hoi', yearStarted: 2025 }),
    model('c', { field: 'kinh-te', yearStarted: 2025, sample: true }),
  ];

  it('counts per value in the order given, with values outside it last', () => {
    expect(countBy(models, 'linh-vuc', ['van-hoa-xa-hoi', 'kinh-te'])).toEqual([
      { value: 'van-hoa-xa-hoi', count: 1 },
      { value: 'kinh-te', count: 2 },
    ]);
    expect(countBy(models, 'nam')).toEqual([
      { value: '2022', count: 1 },
      { value: '2025', count: 2 },
    ]);
  });

  it('lists a model under each level it was recognised at, and the rest as not recognised', () => {
    expect(withFacet(models, 'cong-nhan', 'province').map((m) => m.id)).toEqual(['a']);
    expect(withFacet(models, 'cong-nhan', 'district').map((m) => m.id)).toEqual(['a']);
    expect(withFacet(models, 'cong-nhan', 'chua-cong-nhan').map((m) => m.id)).toEqual(['b', 'c']);
  });
});
