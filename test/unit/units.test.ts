import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/progress/periods.ts';
import {
  compareLevels,
  currentProvince,
  currentUnit,
  existedAtEndOf,
  existedOn,
  placeLabel,
  unitName,
  unitsById,
  withinProvince,
} from '../../src/lib/units.ts';

/** A slice of content/don-vi.yaml: the 01/07/2025 reorganisation in Lào Cai, and Lai Châu. */
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
  { id: 'lai-chau', name: 'tỉnh Lai Châu', level: 'province', successors: [] },
  {
    id: 'huyen-bat-xat',
    name: 'huyện Bát Xát',
    level: 'district',
    parent: 'lao-cai-cu',
    validTo: '30/06/2025',
    successors: ['lao-cai'],
  },
  {
    id: 'xa-quang-kim',
    name: 'xã Quang Kim, huyện Bát Xát',
    level: 'commune',
    parent: 'huyen-bat-xat',
    validTo: '30/06/2025',
    successors: ['xa-bat-xat'],
  },
  {
    id: 'xa-bat-xat',
    name: 'xã Bát Xát',
    level: 'commune',
    parent: 'lao-cai',
    validFrom: '01/07/2025',
    successors: [],
  },
  {
    id: 'xa-cu-yen-bai',
    name: 'xã Cũ, huyện Cũ',
    level: 'commune',
    parent: 'yen-bai',
    validTo: '30/06/2025',
    successors: ['xa-bat-xat'],
  },
  { id: 'xa-ban-lang', name: 'xã Bản Lang', level: 'commune', parent: 'lai-chau', successors: [] },
]);

describe('places after the 01/07/2025 reorganisation', () => {
  it("follows successors to today's commune and province", () => {
    expect(currentUnit('xa-quang-kim', units)?.id).toBe('xa-bat-xat');
    expect(currentProvince('xa-quang-kim', units)?.id).toBe('lao-cai');
    expect(currentProvince('xa-cu-yen-bai', units)?.id).toBe('lao-cai');
    expect(currentProvince('xa-ban-lang', units)?.id).toBe('lai-chau');
    expect(currentUnit('khong-co', units)).toBeUndefined();
  });

  it("says today's name first and the former one in brackets, never a district as current", () => {
    expect(placeLabel('xa-quang-kim', units)).toBe(
      'xã Bát Xát, tỉnh Lào Cai (trước 01/07/2025: xã Quang Kim, huyện Bát Xát)',
    );
    expect(placeLabel('xa-bat-xat', units)).toBe('xã Bát Xát, tỉnh Lào Cai');
    expect(placeLabel('huyen-bat-xat', units)).toBe(
      'tỉnh Lào Cai (trước 01/07/2025: huyện Bát Xát)',
    );
    expect(placeLabel('khong-co', units)).toBe('khong-co');
  });

  it('names a unit as recorded, or by its id when it is unknown', () => {
    expect(unitName('yen-bai', units)).toBe('tỉnh Yên Bái');
    expect(unitName('khong-co', units)).toBe('khong-co');
  });

  it('stops on a successor loop instead of walking for ever', () => {
    const loop = unitsById([
      { id: 'a', name: 'A', level: 'commune', validTo: '30/06/2025', successors: ['b'] },
      { id: 'b', name: 'B', level: 'commune', validTo: '30/06/2025', successors: ['a'] },
    ]);
    expect(['a', 'b']).toContain(currentUnit('a', loop)?.id);
  });
});

describe('units within a province across 01/07/2025', () => {
  it("follows parents up to today's province or a former province it succeeded", () => {
    expect(withinProvince('xa-bat-xat', 'lao-cai', units)).toBe(true);
    expect(withinProvince('xa-quang-kim', 'lao-cai', units)).toBe(true);
    expect(withinProvince('yen-bai', 'lao-cai', units)).toBe(true);
    expect(withinProvince('lao-cai', 'lao-cai', units)).toBe(true);
  });
  it('keeps other provinces and unknown units out', () => {
    expect(withinProvince('xa-ban-lang', 'lao-cai', units)).toBe(false);
    expect(withinProvince('xa-quang-kim', 'lai-chau', units)).toBe(false);
    expect(withinProvince('khong-co', 'lao-cai', units)).toBe(false);
  });
});

describe('when a unit existed', () => {
  const old = units.get('xa-quang-kim')!;
  const created = units.get('xa-bat-xat')!;
  it('counts its first and last days in', () => {
    expect(existedOn(old, '2025-06-30')).toBe(true);
    expect(existedOn(old, '2025-07-01')).toBe(false);
    expect(existedOn(created, '2025-06-30')).toBe(false);
    expect(existedOn(created, '2025-07-01')).toBe(true);
    expect(existedOn(units.get('lai-chau')!, '1990-01-01')).toBe(true);
  });
  it("takes a period's value on its last day: the first half of 2025 is the old unit's, the year the new one's", () => {
    expect(existedAtEndOf(old, parsePeriod('2025-H1')!)).toBe(true);
    expect(existedAtEndOf(old, parsePeriod('2025')!)).toBe(false);
    expect(existedAtEndOf(created, parsePeriod('2025-H1')!)).toBe(false);
    expect(existedAtEndOf(created, parsePeriod('2025')!)).toBe(true);
  });
});

describe('order of levels', () => {
  it('lists provinces, then former districts, then communes', () => {
    const sorted = [...units.values()].sort(compareLevels).map((unit) => unit.level);
    expect(sorted.indexOf('district')).toBeGreaterThan(sorted.lastIndexOf('province'));
    expect(sorted.indexOf('commune')).toBeGreaterThan(sorted.lastIndexOf('district'));
  });
});
