import { describe, expect, it } from 'vitest';
import { headingLevel, sectionAnchor, sectionLabel } from '../../src/lib/anchors.ts';
import {
  compareSectionNumbers,
  printedNumber,
  romanToNumber,
} from '../../src/lib/section-order.ts';

describe('section numbers', () => {
  it('reads roman numerals', () => {
    expect([
      romanToNumber('I'),
      romanToNumber('IV'),
      romanToNumber('IX'),
      romanToNumber('XIV'),
    ]).toEqual([1, 4, 9, 14]);
  });
  it('orders sections as readers count them', () => {
    const sorted = ['IV.1', 'II.2.10', 'II.2.9', 'III.1', 'II.1', 'II.1.a', 'II'].sort(
      compareSectionNumbers,
    );
    expect(sorted).toEqual(['II', 'II.1', 'II.1.a', 'II.2.9', 'II.2.10', 'III.1', 'IV.1']);
  });
  it('shows numbers as the source prints them', () => {
    expect(printedNumber('II.2.4')).toBe('2.4');
    expect(printedNumber('III.1')).toBe('1');
    expect(printedNumber('IV')).toBe('IV');
  });
  it('gives stable anchors, heading levels and labels', () => {
    expect(sectionAnchor('II.2.4')).toBe('muc-ii-2-4');
    expect([headingLevel('II'), headingLevel('II.1'), headingLevel('II.1.3')]).toEqual([2, 3, 4]);
    expect(sectionLabel('III.1')).toBe('mục III.1');
    expect(sectionLabel('IV.2', false)).toBe('mục IV, đoạn 2');
  });
});
