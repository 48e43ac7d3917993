/** Dates in content are "dd/mm/yyyy" strings: the way editors and readers write them. */

export interface CalendarDate {
  day: number;
  month: number;
  year: number;
}

export function parseVnDate(value: string): CalendarDate | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  return real ? { day, month, year } : undefined;
}

export function isValidVnDate(value: string, minYear: number, maxYear: number): boolean {
  const date = parseVnDate(value);
  return date !== undefined && date.year >= minYear && date.year <= maxYear;
}

/** The year of a "dd/mm/yyyy" date: a plan's year of issue, a story's year of publication. */
export function yearOf(value: string): number {
  return Number(value.slice(-4));
}

/** ISO form for `<time datetime>` and sorting. */
export function toIsoDate(value: string): string {
  const date = parseVnDate(value);
  if (!date) throw new Error(`Not a dd/mm/yyyy date: ${value}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "ngày 07 tháng 11 năm 2022", the long form used in official documents. */
export function formatLongVnDate(value: string): string {
  const date = parseVnDate(value);
  if (!date) throw new Error(`Not a dd/mm/yyyy date: ${value}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${pad(date.day)} tháng ${pad(date.month)} năm ${date.year}`;
}

/** "dd/mm/yyyy" from an ISO timestamp, in Vietnam's time zone (UTC+7, no daylight saving). */
export function formatVnDateFromIso(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not an ISO timestamp: ${iso}`);
  const local = new Date(instant.getTime() + 7 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
