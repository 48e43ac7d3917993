import { describe, expect, it } from 'vitest';
import {
  dayAfter,
  formatLongVnDate,
  formatVnDateFromIso,
  isValidVnDate,
  lastCompleteYear,
  parseVnDate,
  toIsoDate,
} from '../../src/lib/format/date.ts';
import { formatNumber, formatPercent } from '../../src/lib/format/number.ts';

describe('Vietnamese dates', () => {
  it('reads dd/mm/yyyy and rejects days that do not exist', () => {
    expect(parseVnDate('07/11/2022')).toEqual({ day: 7, month: 11, year: 2022 });
    expect(parseVnDate('31/02/2024')).toBeUndefined();
    expect(parseVnDate('2022-11-07')).toBeUndefined();
    expect(parseVnDate('7/11/2022')).toBeUndefined();
  });
  it('rejects years outside the range', () => {
    expect(isValidVnDate('01/01/2202', 1945, 2050)).toBe(false);
    expect(isValidVnDate('29/02/2024', 1945, 2050)).toBe(true);
  });
  it('writes the long official form and ISO', () => {
    expect(formatLongVnDate('07/11/2022')).toBe('ngày 07 tháng 11 năm 2022');
    expect(toIsoDate('07/11/2022')).toBe('2022-11-07');
  });
  it('says the day after a last day, across months and years', () => {
    expect(dayAfter('30/06/2025')).toBe('01/07/2025');
    expect(dayAfter('31/12/2025')).toBe('01/01/2026');
    expect(dayAfter('28/02/2024')).toBe('29/02/2024');
  });
  it('finds the last complete year on the day figures are current to', () => {
    expect(lastCompleteYear('20/11/2026')).toBe(2025);
    expect(lastCompleteYear('31/12/2026')).toBe(2026);
    expect(lastCompleteYear('01/01/2027')).toBe(2026);
  });
  it('shows a signing time on the Vietnamese calendar day', () => {
    expect(formatVnDateFromIso('2022-11-07T20:30:00Z')).toBe('08/11/2022');
    expect(formatVnDateFromIso('2022-11-08T15:30:50+07:00')).toBe('08/11/2022');
  });
});

describe('Vietnamese numbers', () => {
  it('uses a decimal comma and dot thousands', () => {
    expect(formatNumber(96.4)).toBe('96,4');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(98)).toBe('98');
  });
  it('keeps the percent sign on the same line as its number', () => {
    expect(formatPercent(96.4)).toBe('96,4\u00a0%');
  });
});
