import { formatNumber } from '../format/number.ts';
import { shortMilestone } from '../targets.ts';
import { exportRows, type ExportRow } from './export.ts';
import {
  beforeReorganisation,
  comparePeriods,
  parsePeriod,
  periodOrder,
  type Period,
} from './periods.ts';
import type { MeasureProgress } from './series.ts';
import { formatValue } from './status.ts';

/**
 * The table under a chart: the plotted values, unit by unit and oldest first, with the milestone
 * in force next to each. The four columns that matter come first (period, value, milestone in
 * short, verdict; the unit heads its group of rows), so that they fit a 360 px phone; the others
 * (numerator and denominator, running total, notes and sources) follow.
 */

export interface TableRow {
  period: string;
  unit: string;
  /** The raw value, for machines (data-value). */
  value: number;
  periodLabel: string;
  /** The period in lines, for a narrow column: ["2025", "6 tháng đầu"]. */
  periodLines: string[];
  unitName: string;
  valueText: string;
  numeratorText: string;
  denominatorText: string;
  termTotalText: string;
  milestoneText: string;
  /** "≥ 96 %" (see shortMilestone), or "không có mốc". */
  milestoneShort: string;
  /** "✔ Đạt", "✖ Chưa đạt", "◇ đạt (minh họa)", "Chưa đánh giá (số ước)", or empty without a milestone. */
  metText: string;
  /** The same, as a narrow column shows it: a symbol never parts from its word, nor a bracket from its words. */
  verdictText: string;
  /** "Số ước; <source>". */
  noteText: string;
}

/** The rows of one unit, under its name. */
export interface TableGroup {
  unit: string;
  unitName: string;
  rows: TableRow[];
}

export interface ProgressTable {
  groups: TableGroup[];
  /** Every row, in the order shown. */
  rows: TableRow[];
  /** Rates show numerator and denominator. */
  showRatio: boolean;
  /** Per-term aims show the running total the milestone is judged on. */
  showTermTotal: boolean;
  /** How many columns a full-width row spans. */
  columns: number;
  /** Index of the first group from 01/07/2025 on, when groups lie on both sides of it; else null. */
  breakBefore: number | null;
  /** Names of the columns after the four that matter, as their headers say. */
  moreColumns: string[];
  /** Whether any short milestone is marked * (the editors' reading: the text states no number). */
  editorsMilestone: boolean;
  /** What the short milestones need explained, in words ('' when nothing). */
  milestoneNote: string;
}

/** The signs and marks the table's short milestones use, explained: only those it uses. */
export function milestoneNote(shortTexts: readonly string[]): string {
  const uses = (mark: string) => shortTexts.some((text) => text.includes(mark));
  const parts = [
    uses('≥') && '“≥” là “từ … trở lên”',
    uses('>') && '“>” là “trên”',
    uses('(hạn') && '“hạn” là năm phải đạt',
    uses('(cả nhiệm kỳ)') && '“cả nhiệm kỳ”: số cộng dồn trong nhiệm kỳ',
  ].filter(Boolean);
  const editors = uses('*') ? ' Dấu *: mốc do ban biên tập đặt vì văn bản không ghi số.' : '';
  return parts.length || editors
    ? `${parts.length ? `Mốc viết gọn: ${parts.join('; ')}.` : ''}${editors}`.trim()
    : '';
}

/** Headers of the columns after the four that matter. */
export const MORE_COLUMNS = {
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  termTotal: 'Cộng dồn nhiệm kỳ',
  note: 'Ghi chú, nguồn',
} as const;

/** "2024" → ["2024"]; "2025-H1" → ["2025", "6 tháng đầu"]. */
export function periodLines(period: Period): string[] {
  if (period.half === 0) return [String(period.year)];
  return [String(period.year), `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'}`];
}

const numberText = (value: number | null) => (value === null ? '' : formatNumber(value));

function tableRow(progress: MeasureProgress, row: ExportRow): TableRow {
  const milestone = progress.milestones[progress.categories.findIndex((c) => c.key === row.period)];
  return {
    period: row.period,
    unit: row.unit,
    value: row.value,
    periodLabel: row.periodLabel,
    periodLines: periodLines(parsePeriod(row.period)!),
    unitName: row.unitName,
    valueText: formatValue(progress.measure, row.value),
    numeratorText: numberText(row.numerator),
    denominatorText: numberText(row.denominator),
    termTotalText: numberText(row.termTotal),
    milestoneText: row.milestone ?? 'không có mốc',
    milestoneShort: milestone ? shortMilestone(progress.measure, milestone) : 'không có mốc',
    metText: rowVerdict(row),
    verdictText: keepTogether(rowVerdict(row)),
    noteText: [row.estimate ? 'Số ước' : '', row.source].filter(Boolean).join('; '),
  };
}

/**
 * Text whose lines may break only between words that do not belong together: a leading symbol
 * stays with the word after it ("◇ đạt"), two words in brackets stay together ("(minh họa)");
 * longer brackets may break, or the column would grow too wide for a phone.
 */
export function keepTogether(text: string): string {
  return text
    .replace(/\(\S+ \S+\)/g, (group) => group.replace(' ', '\u00a0'))
    .replace(/^([^\p{L}\p{N}\s]) /u, '$1\u00a0');
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
  const byPeriod = (a: ExportRow, b: ExportRow) =>
    comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!);
  const byUnit = new Map<string, ExportRow[]>();
  for (const row of exportRows(progress))
    byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  // Units in the order of their first value: those before 01/07/2025 come first.
  const groups = [...byUnit.values()]
    .map((rows) => rows.sort(byPeriod))
    .sort(
      (a, b) => periodOrder(parsePeriod(a[0]!.period)!) - periodOrder(parsePeriod(b[0]!.period)!),
    )
    .map((rows): TableGroup => ({
      unit: rows[0]!.unit,
      unitName: rows[0]!.unitName,
      rows: rows.map((row) => tableRow(progress, row)),
    }));
  const firstAfter = groups.findIndex(
    (group) => !beforeReorganisation(parsePeriod(group.rows[0]!.period)!),
  );
  const moreColumns = [
    ...(showRatio ? [MORE_COLUMNS.numerator, MORE_COLUMNS.denominator] : []),
    ...(showTermTotal ? [MORE_COLUMNS.termTotal] : []),
    MORE_COLUMNS.note,
  ];
  const rows = groups.flatMap((group) => group.rows);
  return {
    groups,
    rows,
    showRatio,
    showTermTotal,
    columns: 4 + moreColumns.length,
    breakBefore: firstAfter > 0 ? firstAfter : null,
    moreColumns,
    editorsMilestone: rows.some((row) => row.milestoneShort.includes('*')),
    milestoneNote: milestoneNote(rows.map((row) => row.milestoneShort)),
  };
}
