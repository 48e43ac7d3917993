import { describeMilestone } from '../targets.ts';
import { lastDay } from '../units.ts';
import { periodLabel, periodOrder, termOf } from './periods.ts';
import type { MeasureProgress, UnitSeries } from './series.ts';
import { judgeable, meets } from './status.ts';

/**
 * The plotted data as files to download: one row per value, with the milestone in force next to
 * it and the sample flag, so a copy taken away still says what it is.
 */

export interface ExportRow {
  measure: string;
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  estimate: boolean;
  /** Per-term aims: the unit's total in the term up to this period, which the milestone is judged on. */
  termTotal: number | null;
  milestone: string | null;
  /** Whether the value meets the milestone; null when it is not judged (see notJudged). */
  meetsMilestone: boolean | null;
  /** Why the value is not judged: "số ước", "chưa hết năm", "số cộng chung"; null when judged. */
  notJudged: string | null;
  sample: boolean;
  source: string;
}

export function exportRows(progress: MeasureProgress): ExportRow[] {
  return progress.series.flatMap((series) =>
    series.points.map((point): ExportRow => {
      const milestone =
        progress.milestones[progress.categories.findIndex((c) => c.key === point.period)];
      const term = progress.measure.period === 'term' ? termOf(point.parsed.year) : undefined;
      const termTotal = term
        ? series.points
            .filter(
              (p) =>
                p.parsed.year >= term.firstYear &&
                periodOrder(p.parsed) <= periodOrder(point.parsed),
            )
            .reduce((sum, p) => sum + p.value, 0)
        : null;
      return {
        measure: progress.measure.id,
        unit: series.unit.id,
        unitName: series.label,
        period: point.period,
        periodLabel: periodLabel(point.parsed),
        value: point.value,
        numerator: point.numerator ?? null,
        denominator: point.denominator ?? null,
        estimate: point.estimate,
        termTotal,
        milestone: milestone ? describeMilestone(progress.measure, milestone) : null,
        meetsMilestone:
          milestone && !notJudged(progress, series, point)
            ? meets(milestone, termTotal ?? point.value)
            : null,
        notJudged: notJudged(progress, series, point),
        sample: point.sample,
        source: point.source,
      };
    }),
  );
}

/** Why a plotted value is not judged against its milestone, or null when it is. */
function notJudged(
  progress: MeasureProgress,
  series: UnitSeries,
  point: UnitSeries['points'][number],
): string | null {
  if (series.total) return 'số cộng chung';
  if (point.estimate) return 'số ước';
  const endedOn = lastDay(series.unit);
  return judgeable(progress.measure, { ...point, period: point.parsed }, { endedOn })
    ? null
    : 'chưa hết năm';
}

/** Column headings of the CSV, in Vietnamese, in the order of ExportRow's fields. */
const CSV_HEADINGS: Record<keyof ExportRow, string> = {
  measure: 'ma_thuoc_do',
  unit: 'ma_don_vi',
  unitName: 'don_vi',
  period: 'ky',
  periodLabel: 'ky_bao_cao',
  value: 'gia_tri',
  numerator: 'tu_so',
  denominator: 'mau_so',
  estimate: 'so_uoc',
  termTotal: 'cong_don_nhiem_ky',
  milestone: 'moc_chi_tieu',
  meetsMilestone: 'dat_moc',
  notJudged: 'khong_danh_gia_vi',
  sample: 'so_lieu_minh_hoa',
  source: 'nguon',
};

/**
 * A text cell that a spreadsheet would read as a formula ("=…", "+…", "-…", "@…", or a tab or
 * line break first) gets an apostrophe in front, so opening the download never runs anything
 * (CSV injection); the apostrophe shows the cell is text. Numbers are numbers: -3 stays -3.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

const cell = (value: string | number | boolean | null) => {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the diacritics; numbers with a dot. */
export function toCsv(rows: readonly ExportRow[]): string {
  const keys = Object.keys(CSV_HEADINGS) as (keyof ExportRow)[];
  return `\ufeff${[keys.map((k) => CSV_HEADINGS[k]).join(','), ...rows.map((row) => keys.map((k) => cell(row[k])).join(','))].join('\r\n')}\r\n`;
}

export function toJson(target: string, progress: MeasureProgress): string {
  return `${JSON.stringify({ target, measure: progress.measure.id, label: progress.measure.label, unit: progress.measure.unit, sample: progress.sample, rows: exportRows(progress) }, null, 2)}\n`;
}
