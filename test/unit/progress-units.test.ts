import { describe, expect, it } from 'vitest';
import { withinProvince, type UnitLink } from '../../src/lib/progress/units.ts';

const units = new Map<string, UnitLink>([
  ['lao-cai', { level: 'province', successors: [] }],
  ['lao-cai-cu', { level: 'province', successors: ['lao-cai'] }],
  ['yen-bai', { level: 'province', successors: ['lao-cai'] }],
  ['lai-chau', { level: 'province', successors: [] }],
  ['huyen-bat-xat', { level: 'district', parent: 'lao-cai-cu', successors: ['lao-cai'] }],
  ['xa-quang-kim', { level: 'commune', parent: 'huyen-bat-xat', successors: [] }],
  ['xa-bat-xat', { level: 'commune', parent: 'lao-cai', successors: [] }],
  ['xa-ban-lang', { level: 'commune', parent: 'lai-chau', successors: [] }],
]);

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
