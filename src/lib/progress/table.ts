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
  /** "✔ Đạt", "✖ Chưa đạt", or empty without a milestone. */
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
    metText: row.meetsMilestone === null ? '' : row.meetsMilestone ? '✔ Đạt' : '✖ Chưa đạt',
    noteText: [row.estimate ? 'Số ước' : '', row.source].filter(Boolean).join('; '),
  };
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
