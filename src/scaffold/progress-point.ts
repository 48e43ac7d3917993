import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { comparePeriods, parsePeriod } from '../lib/progress/periods.ts';
import { todo } from './yaml-values.ts';

/**
 * A new progress point in a target's JSON file (content/tien-do/<plan>/<target>.json). JSON has no
 * comments, so every value still to be written is a "VIỆC CẦN LÀM: …" string saying what to write;
 * the checker refuses the file until each is replaced. The rest of the file is left byte for byte
 * as it was, so the Git diff shows only the new point.
 */

export type MeasureKind = 'rate' | 'count';

/** The skeleton of one point: real (sample false), official (estimate false), source to fill in. */
export function pointSkeleton(kind: MeasureKind, period: string): Record<string, unknown> {
  return {
    period,
    value: todo(
      kind === 'rate'
        ? 'tỷ lệ phần trăm, viết số không ngoặc kép, dấu chấm thập phân, ví dụ 97.9'
        : 'số lượng đếm được, viết số nguyên không ngoặc kép, ví dụ 12',
    ),
    ...(kind === 'rate'
      ? {
          numerator: todo(
            'số đạt yêu cầu (tử số), số nguyên không ngoặc kép; báo cáo không có thì xóa dòng này và dòng mẫu số',
          ),
          denominator: todo('tổng số (mẫu số), số nguyên không ngoặc kép'),
        }
      : {}),
    estimate: false,
    sample: false,
    source: {
      document: todo('số, ký hiệu báo cáo, ví dụ 45/BC-CCB'),
      issuer: todo(
        'cơ quan ban hành, ví dụ Hội Cựu chiến binh tỉnh Lào Cai; không rõ thì xóa dòng này',
      ),
      date: todo('ngày của báo cáo, dạng dd/mm/yyyy'),
    },
  };
}

/** What each field of a point means, printed by `npm run new -- progress` (JSON cannot carry it). */
export const POINT_FIELDS_HELP = [
  '"period": kỳ báo cáo, trong ngoặc kép: "2026" (cả năm), "2026-H1" (6 tháng đầu), "2026-H2" (6 tháng cuối).',
  '"value": con số của kỳ, KHÔNG đặt trong ngoặc kép, KHÔNG kèm dấu %, dùng dấu chấm thập phân (97.9). Tỷ lệ ghi phần trăm từ 0 đến 100; số lượng ghi số nguyên.',
  '"numerator", "denominator" (chỉ với tỷ lệ): tử số (số đạt) và mẫu số (tổng số), số nguyên; tỷ lệ phải khớp tử số/mẫu số (làm tròn 1 chữ số thập phân). Báo cáo chỉ ghi tỷ lệ thì xóa cả hai dòng.',
  '"estimate": false nếu là số chính thức; true nếu là số ước (báo cáo ghi "ước thực hiện").',
  '"sample": phải là false với số liệu thật. true chỉ dành cho số liệu minh họa, khi đó nguồn là "Số liệu minh họa".',
  '"source": văn bản báo cáo có con số này: "document" = số, ký hiệu như in trên văn bản (45/BC-CCB); "date" = ngày của văn bản (dd/mm/yyyy); "issuer" = cơ quan ban hành (có thể xóa). Không có văn bản nguồn thì không đăng; không bao giờ ghi số hiệu bịa.',
  'Thay cả cụm "VIỆC CẦN LÀM: …" kể cả hai dấu ngoặc kép bằng giá trị thật; xóa dòng nào thì giữ dấu phẩy giữa các dòng còn lại.',
];

/** Where the new point goes: which series (by measure and unit) and its values. */
export interface NewPoint {
  measure: string;
  unit: string;
  kind: MeasureKind;
  period: string;
}

/** JSON of a value, as `JSON.stringify(…, null, 2)` writes it, shifted right by `indent`. */
const jsonAt = (value: unknown, indent: string) =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);

/** Content of a new progress file holding just the new point. */
export function newProgressFile(point: NewPoint): string {
  return `${JSON.stringify({ series: [{ measure: point.measure, unit: point.unit, points: [pointSkeleton(point.kind, point.period)] }] }, null, 2)}\n`;
}

/**
 * The file's text with the new point added: into the series of the same measure and unit, in
 * period order; or, when that series does not exist yet, as a new series after the measure's
 * other series (or last). Throws when the text is not a JSON object with a "series" list.
 */
export function insertProgressPoint(text: string, point: NewPoint): string {
  JSON.parse(text);
  const document = parseDocument(text);
  const seriesList = document.get('series', true);
  if (!isSeq(seriesList)) throw new Error('no "series" list');
  const field = (node: unknown, key: string) => (isMap(node) ? node.get(key) : undefined);
  const items = seriesList.items as Node[];
  const series = items.find(
    (s) => field(s, 'measure') === point.measure && field(s, 'unit') === point.unit,
  );
  const points = isMap(series) ? series.get('points', true) : undefined;
  const skeleton = pointSkeleton(point.kind, point.period);
  if (isSeq(points) && points.items.length) {
    const period = parsePeriod(point.period)!;
    const list = points.items as Node[];
    const later = list.findIndex((p) => {
      const other = parsePeriod(String(field(p, 'period')));
      return other !== undefined && comparePeriods(other, period) > 0;
    });
    return later === -1
      ? insertAfter(text, list.at(-1)!, skeleton)
      : insertBefore(text, list[later]!, skeleton);
  }
  const newSeries = { measure: point.measure, unit: point.unit, points: [skeleton] };
  if (series || !items.length) throw new Error('series without points');
  const sameMeasure = items.filter((s) => field(s, 'measure') === point.measure);
  return insertAfter(text, (sameMeasure.at(-1) ?? items.at(-1))!, newSeries);
}

/** Indentation of the line on which `offset` lies. */
const indentAt = (text: string, offset: number) =>
  /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];

function insertAfter(text: string, node: Node, value: unknown): string {
  const [start, end] = node.range!;
  const indent = indentAt(text, start);
  return `${text.slice(0, end)},\n${indent}${jsonAt(value, indent)}${text.slice(end)}`;
}

function insertBefore(text: string, node: Node, value: unknown): string {
  const [start] = node.range!;
  const indent = indentAt(text, start);
  return `${text.slice(0, start)}${jsonAt(value, indent)},\n${indent}${text.slice(start)}`;
}
