import { formatNumber } from '../format/number.ts';
import { exportRows, type ExportRow } from './export.ts';
import { beforeReorganisation, comparePeriods, parsePeriod } from './periods.ts';
import type { MeasureProgress } from './series.ts';
import { formatValue } from './status.ts';

/** The table under a chart: the plotted values, oldest first, with the milestone in force next to each. */

export interface TableRow {
  period: string;
  unit: string;
  /** The raw value, for machines (data-value). */
  value: number;
  periodLabel: string;
  unitName: string;
  valueText: string;
  numeratorText: string;
  denominatorText: string;
  termTotalText: string;
  milestoneText: string;
  /** "✔ Đạt", "✖ Chưa đạt", "◇ đạt (minh họa)", "Chưa đánh giá (số ước)", or empty without a milestone. */
  metText: string;
  /** "Số ước; <source>". */
  noteText: string;
}

export interface ProgressTable {
  rows: TableRow[];
  /** Rates show numerator and denominator. */
  showRatio: boolean;
  /** Per-term aims show the running total the milestone is judged on. */
  showTermTotal: boolean;
  /** How many columns a full-width row spans. */
  columns: number;
  /** Index of the first row from 01/07/2025 on, when rows lie on both sides of it; else null. */
  breakBefore: number | null;
}

const numberText = (value: number | null) => (value === null ? '' : formatNumber(value));

function tableRow(progress: MeasureProgress, row: ExportRow): TableRow {
  return {
    period: row.period,
    unit: row.unit,
    value: row.value,
    periodLabel: row.periodLabel,
    unitName: row.unitName,
    valueText: formatValue(progress.measure, row.value),
    numeratorText: numberText(row.numerator),
    denominatorText: numberText(row.denominator),
    termTotalText: numberText(row.termTotal),
    milestoneText: row.milestone ?? 'không có mốc',
    metText: rowVerdict(row),
    noteText: [row.estimate ? 'Số ước' : '', row.source].filter(Boolean).join('; '),
  };
}

/**
 * Whether one value meets its milestone, in the words of the statuses: "Đạt", "Chưa đạt"; for a
 * sample value, the same said as an illustration; for a value not judged, why.
 */
export function rowVerdict(
  row: Pick<ExportRow, 'meetsMilestone' | 'notJudged' | 'sample' | 'milestone'>,
): string {
  if (row.notJudged) return `Chưa đánh giá (${row.notJudged})`;
  if (row.meetsMilestone === null || row.milestone === null) return '';
  if (row.sample) return row.meetsMilestone ? '◇ đạt (minh họa)' : '◇ chưa đạt (minh họa)';
  return row.meetsMilestone ? '✔ Đạt' : '✖ Chưa đạt';
}

export function progressTable(progress: MeasureProgress): ProgressTable {
  const showRatio = progress.measure.kind === 'rate';
  const showTermTotal = progress.measure.period === 'term';
  const rows = exportRows(progress).sort((a, b) =>
    comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!),
  );
  const firstAfter = rows.findIndex((row) => !beforeReorganisation(parsePeriod(row.period)!));
  return {
    rows: rows.map((row) => tableRow(progress, row)),
    showRatio,
    showTermTotal,
    columns: showRatio ? 8 : showTermTotal ? 7 : 6,
    breakBefore: firstAfter > 0 ? firstAfter : null,
  };
}
