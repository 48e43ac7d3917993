import { parse as parseYaml } from 'yaml';
import { closest } from '../content-check/suggest.ts';
import { toIsoDate } from '../lib/format/date.ts';
import {
  comparePeriods,
  parsePeriod,
  periodEnd,
  periodLabel,
  type Period,
} from '../lib/progress/periods.ts';
import {
  insertProgressPoint,
  newProgressFile,
  POINT_FIELDS_HELP,
  type MeasureKind,
} from './progress-point.ts';
import type { Unit } from '../schemas/unit.ts';
import type { Answers, ContentReader, Scaffold } from './types.ts';
import { TODO_MARK } from '../lib/placeholders.ts';

/**
 * One new point of progress figures: added to content/tien-do/<plan>/<target>.json (the file is
 * created for a target that has none). The answers are checked against the target, its measures,
 * the units and the points already there, so the editor only has the figures left to write.
 */

interface TargetInfo {
  plan: string;
  number: string;
  measures: { id: string; kind: MeasureKind; label: string }[];
}

/** A unit as read from content/don-vi.yaml before validation: fields may be missing. */
type UnvalidatedUnit = Pick<Unit, 'id' | 'name'> &
  Partial<Pick<Unit, 'validFrom' | 'validTo' | 'successors'>>;

interface SeriesInfo {
  measure?: string;
  unit?: string;
  derivedFrom?: string;
  points?: { period?: string; sample?: boolean }[];
}

/** YAML frontmatter of a document under content/, or undefined when there is none readable. */
function frontmatter(content: ContentReader, path: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(content.read(path) ?? '');
  try {
    const data: unknown = match ? parseYaml(match[1]!) : undefined;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function targetOf(content: ContentReader, id: string): TargetInfo | undefined {
  const data = frontmatter(content, `chi-tieu/${id}.mdx`);
  return Array.isArray(data?.measures) ? (data as unknown as TargetInfo) : undefined;
}
const measureOf = (content: ContentReader, a: Answers) =>
  targetOf(content, a.target!)?.measures?.find((m) => m.id === a.measure);
const targetIds = (content: ContentReader) =>
  content.list('chi-tieu').flatMap((plan) =>
    content
      .list(`chi-tieu/${plan}`)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${plan}/${f.slice(0, -4)}`),
  );
const progressPath = (target: string) => `tien-do/${target}.json`;

function unitsOf(content: ContentReader): UnvalidatedUnit[] {
  try {
    const list: unknown = parseYaml(content.read('don-vi.yaml') ?? '');
    return Array.isArray(list) ? (list as UnvalidatedUnit[]) : [];
  } catch {
    return [];
  }
}

/** The series already in the target's progress file; undefined when the file is not valid JSON. */
function seriesOf(content: ContentReader, target: string): SeriesInfo[] | undefined {
  const text = content.read(progressPath(target));
  if (text === undefined) return [];
  try {
    const series = (JSON.parse(text) as { series?: unknown }).series;
    return Array.isArray(series) ? (series as SeriesInfo[]) : undefined;
  } catch {
    return undefined;
  }
}

const periodsOf = (content: ContentReader, a: Answers) =>
  (seriesOf(content, a.target!) ?? [])
    .filter((s) => s.measure === a.measure && s.unit === a.unit)
    .flatMap((s) => s.points ?? [])
    .map((p) => parsePeriod(String(p.period)))
    .filter((p): p is Period => p !== undefined);

/** The period after the last one given: 2025 → 2026, 2025-H1 → 2025-H2, 2025-H2 → 2026-H1. */
function nextPeriod(periods: Period[]): string {
  const last = periods.toSorted(comparePeriods).at(-1);
  if (!last) return String(new Date().getFullYear());
  if (last.half === 0) return String(last.year + 1);
  return last.half === 1 ? `${last.year}-H2` : `${last.year + 1}-H1`;
}

function validateTarget(value: string, _a: Answers, content: ContentReader): string | undefined {
  if (!targetOf(content, value)) {
    const guess = closest(value, targetIds(content));
    return `không có chỉ tiêu "${value}" (tệp content/chi-tieu/${value}.mdx)${guess ? ` (có phải ý bạn là "${guess}"?)` : '; mã chỉ tiêu là <mã kế hoạch>/<tên tệp chỉ tiêu>, ví dụ lao-cai-03-kh-ccb/ii-2-4'}`;
  }
  if (!seriesOf(content, value))
    return `tệp content/${progressPath(value)} đang viết sai JSON: chạy "npm run check", sửa lỗi rồi chạy lại lệnh này`;
  return undefined;
}

function validateMeasure(value: string, a: Answers, content: ContentReader): string | undefined {
  const target = targetOf(content, a.target!)!;
  const ids = target.measures.map((m) => m.id);
  if (!value)
    return `chỉ tiêu ${target.number} có ${ids.length} thước đo, chọn một: ${ids.join(', ')}`;
  if (!ids.includes(value)) {
    const guess = closest(value, ids);
    return `chỉ tiêu ${target.number} không có thước đo "${value}" ${guess ? `(có phải ý bạn là "${guess}"?)` : `(các mã có: ${ids.join(', ')})`}`;
  }
  if (seriesOf(content, a.target!)!.some((s) => s.measure === value && s.derivedFrom)) {
    return `thước đo "${value}" được trang tự đếm từ hồ sơ mô hình, không nhập số liệu tay`;
  }
  return undefined;
}

function validateUnit(value: string, _a: Answers, content: ContentReader): string | undefined {
  const ids = unitsOf(content).map((u) => u.id);
  if (!value) return 'chưa có câu trả lời (ví dụ lao-cai cho tỉnh Lào Cai)';
  if (ids.includes(value)) return undefined;
  const guess = closest(value, ids);
  return `không có đơn vị "${value}" trong content/don-vi.yaml${guess ? ` (có phải ý bạn là "${guess}"?)` : '; thêm đơn vị bằng "npm run new -- unit …" trước'}`;
}

function validatePeriod(value: string, a: Answers, content: ContentReader): string | undefined {
  const period = parsePeriod(value);
  if (!period)
    return 'kỳ báo cáo viết "2026" (cả năm), "2026-H1" (6 tháng đầu) hoặc "2026-H2" (6 tháng cuối)';
  const plan = frontmatter(content, `ke-hoach/${targetOf(content, a.target!)!.plan}.mdx`)
    ?.period as { from: number; to: number } | undefined;
  if (plan && (period.year < plan.from || period.year > plan.to))
    return `năm ${period.year} nằm ngoài thời kỳ của kế hoạch (${plan.from}–${plan.to})`;
  const unit = unitsOf(content).find((u) => u.id === a.unit)!;
  const end = periodEnd(period);
  if (unit.validFrom && end < toIsoDate(unit.validFrom))
    return `"${unit.name}" bắt đầu từ ${unit.validFrom}, chưa có vào cuối kỳ ${periodLabel(period)}: ghi số liệu cho đơn vị có vào ngày cuối kỳ`;
  if (unit.validTo && end > toIsoDate(unit.validTo)) {
    return `"${unit.name}" chỉ tồn tại đến ${unit.validTo}: số liệu ${periodLabel(period)} ghi cho ${unit.successors?.length ? `đơn vị kế thừa (${unit.successors.join(', ')})` : 'đơn vị có vào ngày cuối kỳ'}`;
  }
  const existing = periodsOf(content, a);
  if (existing.some((p) => p.key === value))
    return `đã có số liệu ${periodLabel(period)} của "${a.unit}" cho thước đo "${a.measure}": mở tệp content/${progressPath(a.target!)} để sửa số đó`;
  if (
    measureOf(content, a)?.kind === 'count' &&
    existing.some((p) => p.year === period.year && (p.half === 0) !== (period.half === 0))
  ) {
    return `năm ${period.year} đã có số ${period.half ? 'cả năm' : '6 tháng'}: với số lượng, chỉ ghi số cả năm hoặc chỉ ghi số từng 6 tháng, để không cộng hai lần`;
  }
  return undefined;
}

export const progressScaffold: Scaffold = {
  command: 'progress',
  questions: [
    {
      key: 'target',
      ask: 'Mã chỉ tiêu (đường dẫn tệp trong content/chi-tieu/, bỏ .mdx)',
      example: 'lao-cai-03-kh-ccb/ii-2-4',
      validate: validateTarget,
    },
    {
      key: 'measure',
      ask: 'Mã thước đo (measures[].id trong tệp chỉ tiêu)',
      choices: (a, content) => (targetOf(content, a.target!)?.measures ?? []).map((m) => m.id),
      fallback: (a, content) => {
        const measures = targetOf(content, a.target!)?.measures ?? [];
        return measures.length === 1 ? measures[0]!.id : '';
      },
      validate: validateMeasure,
    },
    {
      key: 'unit',
      ask: 'Mã đơn vị báo cáo trong content/don-vi.yaml',
      fallback: (a, content) =>
        (seriesOf(content, a.target!) ?? []).filter((s) => s.measure === a.measure && s.unit).at(-1)
          ?.unit ?? '',
      validate: validateUnit,
    },
    {
      key: 'period',
      ask: 'Kỳ báo cáo: "2026" (cả năm), "2026-H1" hay "2026-H2" (6 tháng)',
      fallback: (a, content) => nextPeriod(periodsOf(content, a)),
      validate: validatePeriod,
    },
  ],
  build: (a, content) => {
    const measure = measureOf(content, a)!;
    const path = progressPath(a.target!);
    const existing = content.read(path);
    const point = { measure: measure.id, unit: a.unit!, kind: measure.kind, period: a.period! };
    const period = periodLabel(parsePeriod(a.period!)!);
    const hasSample = (seriesOf(content, a.target!) ?? []).some(
      (s) => s.measure === a.measure && s.points?.some((p) => p.sample),
    );
    return {
      path,
      mode: existing === undefined ? 'create' : 'update',
      text: existing === undefined ? newProgressFile(point) : insertProgressPoint(existing, point),
      explain: [
        `Thước đo "${measure.id}": ${measure.label} — ${measure.kind === 'rate' ? 'tỷ lệ phần trăm' : 'số lượng'}; đơn vị "${a.unit}"; kỳ ${period}.`,
        'Ý nghĩa từng trường của số liệu mới:',
        ...POINT_FIELDS_HELP.map((line) => `  • ${line}`),
      ],
      next: [
        `Mở tệp content/${path}, tìm số liệu kỳ "${a.period}" của đơn vị "${a.unit}" và thay mọi chỗ "${TODO_MARK}" bằng số liệu và nguồn thật.`,
        ...(hasSample
          ? [
              `Thước đo này còn số liệu minh họa ("sample": true): khi đã có số thật, xóa các số minh họa đó (mỗi số là một khối { … }, giữ dấu phẩy giữa các khối).`,
            ]
          : []),
      ],
    };
  },
};
