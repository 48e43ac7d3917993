/**
 * Reporting periods of progress data: a year ("2024") or a half-year ("2025-H1", "2025-H2").
 * A value belongs to the unit as it was on the period's last day, so the 2025 reorganisation
 * (01/07/2025) falls between "2025-H1" and "2025-H2", and between the years 2024 and 2025.
 */

export interface Period {
  /** As written in the data: "2024", "2025-H1". */
  key: string;
  year: number;
  /** 0 for a whole year, 1 or 2 for a half. */
  half: 0 | 1 | 2;
}

const PATTERN = /^(\d{4})(?:-H([12]))?$/;

export function parsePeriod(key: string): Period | undefined {
  const match = PATTERN.exec(key);
  if (!match) return undefined;
  return { key, year: Number(match[1]), half: (match[2] ? Number(match[2]) : 0) as Period['half'] };
}

/** Sort key: a year sorts after its halves, since its last day is the second half's. */
export function periodOrder(period: Period): number {
  return period.year * 10 + (period.half === 0 ? 3 : period.half);
}

export const comparePeriods = (a: Period, b: Period) => periodOrder(a) - periodOrder(b);

/** Last day of the period as ISO "yyyy-mm-dd": the day the value's unit is taken on. */
export function periodEnd(period: Period): string {
  return period.half === 1 ? `${period.year}-06-30` : `${period.year}-12-31`;
}

/** Year as a fraction, for projections: the end of the period (2025-H1 → 2025.5, 2025 → 2026). */
export function periodEndYear(period: Period): number {
  return period.half === 1 ? period.year + 0.5 : period.year + 1;
}

/** "2024", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025". */
export function periodLabel(period: Period): string {
  if (period.half === 0) return String(period.year);
  return `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
}

/** Short form for chart axes: "2024", "2025 (6T đầu)". */
export function periodShortLabel(period: Period): string {
  if (period.half === 0) return String(period.year);
  return `${period.year} (6T ${period.half === 1 ? 'đầu' : 'cuối'})`;
}

/** The short form in lines, for a narrow chart's axis: ["2024"], ["2025", "6T đầu"]. */
export function periodAxisLines(period: Period): string[] {
  if (period.half === 0) return [String(period.year)];
  return [String(period.year), `6T ${period.half === 1 ? 'đầu' : 'cuối'}`];
}

/** The day local government was reorganised (two levels, Lào Cai merged with Yên Bái). */
export const REORGANISATION_DATE = '2025-07-01';
export const REORGANISATION_LABEL = '01/07/2025';

/** True when the period ends before the reorganisation. */
export const beforeReorganisation = (period: Period) => periodEnd(period) < REORGANISATION_DATE;

/**
 * Terms (nhiệm kỳ) of the Association used by per-term aims. The congress year opens the new
 * term, so term 2022–2027 counts the reporting years 2022 to 2026.
 */
export interface Term {
  label: string;
  firstYear: number;
  lastYear: number;
}

export const TERMS: readonly Term[] = [
  { label: '2017–2022', firstYear: 2017, lastYear: 2021 },
  { label: '2022–2027', firstYear: 2022, lastYear: 2026 },
  { label: '2027–2032', firstYear: 2027, lastYear: 2031 },
];

/** Terms that reach `year` or later: the ones a page explaining the method still needs. */
export function termsSince(year: number): Term[] {
  return TERMS.filter((term) => term.lastYear >= year);
}

export function termOf(year: number): Term | undefined {
  return TERMS.find((term) => term.firstYear <= year && year <= term.lastYear);
}
