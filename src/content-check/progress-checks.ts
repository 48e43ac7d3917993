import { toIsoDate } from '../lib/format/date.ts';
import { parsePeriod, periodEnd, periodLabel, type Period } from '../lib/progress/periods.ts';
import { validEntries, type CrossCheck, type EntryData, type ValidEntry } from './entries.ts';
import { formatPath, type Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * Checks of progress figures (content/tien-do/) against the targets, units and plans they name:
 * what a schema alone cannot see. Every message says the file, the line of the value, the field
 * and how to fix it.
 */

/** Tolerance between a rate and numerator/denominator: the rate is rounded to one decimal. */
const RATE_TOLERANCE = 0.05 + 1e-9;

const isoOrUndefined = (date: string | undefined) => (date ? toIsoDate(date) : undefined);

type Series = EntryData<'progress'>['series'][number];
type Point = NonNullable<Series['points']>[number];
type Measure = EntryData<'targets'>['measures'][number];
type Unit = EntryData<'units'>;
type PlanPeriod = EntryData<'plans'>['period'];

/** A problem at a key path of the progress file being checked. */
type ProblemAt = (path: PropertyKey[], message: string, fix: string) => Problem;

/**
 * Every progress file matches a target, its series the target's measures and real units, its
 * points the plan's years, the units' lifetimes and the measure's kind (rates 0–100 agreeing with
 * their numerator and denominator; counts whole, not counted twice).
 */
export const progressChecks: CrossCheck = (index) => {
  const targets = new Map(validEntries(index.targets).map((t) => [t.id, t]));
  const plans = new Map(validEntries(index.plans).map((p) => [p.id, p.data]));
  const units = new Map(validEntries(index.units).map((u) => [u.id, u.data]));
  const unitIds = index.units.map((u) => u.id);
  return validEntries(index.progress).flatMap((entry): Problem[] => {
    const target = targets.get(entry.id);
    // A target file that failed its own checks was reported already.
    if (!target && index.targets.some((t) => t.id === entry.id)) return [];
    if (!target) return [unknownTarget(entry, [...targets.keys()])];
    const problemAt: ProblemAt = (path, message, fix) => ({
      file: entry.file,
      line: entry.lineOf(path),
      field: formatPath(path),
      message,
      fix,
    });
    const plan = plans.get(target.data.plan)?.period;
    // Periods already given per measure and unit, with where, to report a duplicate once.
    const seen = new Map<string, string>();
    return entry.data.series.flatMap((series, s) => {
      const measure = target.data.measures.find((m) => m.id === series.measure);
      if (!measure)
        return [
          unknownMeasure(target, series, (message, fix) =>
            problemAt(['series', s, 'measure'], message, fix),
          ),
        ];
      const problems = seriesProblems(entry.data.series, series, measure, (key, message, fix) =>
        problemAt(['series', s, key], message, fix),
      );
      if (!series.unit || !series.points) return problems;
      if (!unitIds.includes(series.unit)) {
        const guess = closest(series.unit, unitIds);
        problems.push(
          problemAt(
            ['series', s, 'unit'],
            `không có đơn vị nào mang mã "${series.unit}"`,
            guess
              ? `có phải ý bạn là "${guess}"?`
              : 'dùng mã có trong content/don-vi.yaml, hoặc thêm đơn vị vào đó.',
          ),
        );
      }
      const unit = units.get(series.unit);
      series.points.forEach((point, p) => {
        const at: ProblemAt = (path, message, fix) =>
          problemAt(['series', s, 'points', p, ...path], message, fix);
        // The schema accepted the period, so it parses.
        const period = parsePeriod(point.period)!;
        const key = `${series.measure}|${series.unit}|${point.period}`;
        const first = seen.get(key);
        if (first)
          problems.push(
            at(
              ['period'],
              `số liệu ${periodLabel(period)} của "${series.unit}" bị trùng (đã có ở ${first})`,
              'giữ lại một số liệu cho mỗi kỳ và mỗi đơn vị; xóa số thừa.',
            ),
          );
        seen.set(key, `dòng ${entry.lineOf(['series', s, 'points', p, 'period']) ?? '?'}`);
        problems.push(
          ...periodProblems(period, plan, unit, at),
          ...(measure.kind === 'rate'
            ? rateProblems(point, at)
            : countProblems(point, period, series.points ?? [], at)),
        );
      });
      return problems;
    });
  });
};

/** A progress file named after no target: it must carry a target's id (its path) to be shown. */
function unknownTarget(entry: ValidEntry<'progress'>, targetIds: string[]): Problem {
  const guess = closest(entry.id, targetIds);
  return {
    file: entry.file,
    line: 1,
    message: `không có chỉ tiêu nào mang mã "${entry.id}" để gắn số liệu này`,
    fix: guess
      ? `có phải ý bạn là "${guess}"? Đặt tên tệp giống tên tệp chỉ tiêu: content/tien-do/${guess}.json.`
      : 'đặt tên tệp giống tệp chỉ tiêu trong content/chi-tieu/ (cùng thư mục kế hoạch, cùng tên, đuôi .json).',
  };
}

/** A series naming a measure its target does not have; `at` words it at the series' `measure`. */
function unknownMeasure(
  target: ValidEntry<'targets'>,
  series: Series,
  at: (message: string, fix: string) => Problem,
): Problem {
  const ids = target.data.measures.map((m) => m.id);
  const guess = closest(series.measure, ids);
  return at(
    `chỉ tiêu ${target.data.number} không có thước đo "${series.measure}"`,
    guess ? `có phải ý bạn là "${guess}"?` : `dùng một trong các mã: ${ids.join(', ')}.`,
  );
}

/** A series counted from records (derivedFrom) stands alone, and only counts can be counted. */
function seriesProblems(
  all: Series[],
  series: Series,
  measure: Measure,
  at: (key: string, message: string, fix: string) => Problem,
): Problem[] {
  if (!series.derivedFrom) return [];
  const problems: Problem[] = [];
  if (all.some((other) => other !== series && other.measure === series.measure))
    problems.push(
      at(
        'derivedFrom',
        `thước đo "${series.measure}" được đếm tự động nên không có chuỗi số liệu nhập tay nào khác`,
        'xóa các chuỗi nhập tay của thước đo này, hoặc bỏ "derivedFrom".',
      ),
    );
  if (measure.kind !== 'count')
    problems.push(
      at(
        'derivedFrom',
        'chỉ đếm được từ hồ sơ cho thước đo loại số lượng (count)',
        'bỏ "derivedFrom" và nhập số liệu vào "points".',
      ),
    );
  return problems;
}

/**
 * A point's period lies within the plan's years, and its unit existed at the period's end (a
 * figure belongs to the unit as it was on that day: before or after the 01/07/2025 reform).
 */
function periodProblems(
  period: Period,
  plan: PlanPeriod | undefined,
  unit: Unit | undefined,
  at: ProblemAt,
): Problem[] {
  const problems: Problem[] = [];
  if (plan && (period.year < plan.from || period.year > plan.to)) {
    problems.push(
      at(
        ['period'],
        `năm ${period.year} nằm ngoài thời kỳ của kế hoạch (${plan.from}–${plan.to})`,
        'kiểm tra lại năm, hoặc xóa số liệu này.',
      ),
    );
  }
  if (!unit) return problems;
  const end = periodEnd(period);
  const from = isoOrUndefined(unit.validFrom);
  const to = isoOrUndefined(unit.validTo);
  if ((from && end < from) || (to && end > to)) {
    const successor = unit.successors.length
      ? ` Từ ${unit.validTo} số liệu thuộc: ${unit.successors.join(', ')}.`
      : '';
    problems.push(
      at(
        ['period'],
        `đơn vị "${unit.name}" không tồn tại vào cuối kỳ ${periodLabel(period)}${from && end < from ? ` (bắt đầu từ ${unit.validFrom})` : ` (chỉ tồn tại đến ${unit.validTo})`}`,
        `số liệu thuộc đơn vị như nó có vào ngày cuối kỳ: chuyển số liệu này sang chuỗi của đơn vị đúng.${successor}`,
      ),
    );
  }
  return problems;
}

/** A rate is a percentage 0–100 that agrees with its numerator and denominator, when given. */
function rateProblems(point: Point, at: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  if (point.value < 0 || point.value > 100)
    problems.push(
      at(
        ['value'],
        `tỷ lệ ${point.value} nằm ngoài khoảng 0–100`,
        'ghi tỷ lệ phần trăm từ 0 đến 100, không nhân 100 hai lần.',
      ),
    );
  if (point.numerator === undefined || point.denominator === undefined) return problems;
  if (point.numerator > point.denominator) {
    problems.push(
      at(
        ['numerator'],
        `tử số ${point.numerator} lớn hơn mẫu số ${point.denominator}`,
        'kiểm tra xem có ghi đảo tử số và mẫu số không.',
      ),
    );
    return problems;
  }
  const computed = (100 * point.numerator) / point.denominator;
  if (Math.abs(computed - point.value) > RATE_TOLERANCE) {
    const rounded = Math.round(computed * 10) / 10;
    problems.push(
      at(
        ['value'],
        `tỷ lệ ${point.value} không khớp tử số/mẫu số ${point.numerator}/${point.denominator} (= ${rounded})`,
        `sửa "value" thành ${rounded}, hoặc sửa tử số, mẫu số cho đúng.`,
      ),
    );
  }
  return problems;
}

/**
 * A count is a whole number with no numerator, and a year has either its full-year figure or its
 * half-year ones: summing both would count the year twice.
 */
function countProblems(point: Point, period: Period, points: Point[], at: ProblemAt): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(point.value) || point.value < 0)
    problems.push(
      at(
        ['value'],
        `số lượng ${point.value} phải là số nguyên không âm`,
        'ghi số đếm được: 0, 1, 2…',
      ),
    );
  if (point.numerator !== undefined)
    problems.push(
      at(
        ['numerator'],
        'thước đo số lượng không có tử số, mẫu số',
        'xóa "numerator" và "denominator".',
      ),
    );
  const halves = points.filter(
    (other) => other !== point && parsePeriod(other.period)?.year === period.year,
  );
  if (period.half === 0 && halves.length)
    problems.push(
      at(
        ['period'],
        `năm ${period.year} vừa có số cả năm vừa có số 6 tháng: cộng dồn sẽ bị tính hai lần`,
        'với số lượng, chỉ ghi số cả năm, hoặc chỉ ghi số từng 6 tháng.',
      ),
    );
  return problems;
}
