import { toIsoDate } from '../format/date.ts';
import { parsePeriod, periodEnd, periodLabel } from '../progress/periods.ts';
import type { ProgressData } from '../../schemas/progress.ts';
import type { TargetData } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import {
  validEntries,
  type CheckedEntry,
  type ContentIndex,
  type CrossCheck,
} from './cross-references.ts';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * Checks of progress figures (content/tien-do/) against the targets, units and plans they name:
 * what a schema alone cannot see. Every message says the file, the line of the value, the field
 * and how to fix it.
 */

/** Tolerance between a rate and numerator/denominator: the rate is rounded to one decimal. */
const RATE_TOLERANCE = 0.05 + 1e-9;

type Data<T> = CheckedEntry & { valid: T };

const isoOrUndefined = (date: string | undefined) => (date ? toIsoDate(date) : undefined);

export const progressChecks: CrossCheck = (index: ContentIndex) => {
  const targets = new Map(
    validEntries(index.targets).map((t) => [t.id, t as unknown as Data<TargetData>]),
  );
  const plans = new Map(
    validEntries(index.plans).map((p) => [
      p.id,
      p.valid as { period: { from: number; to: number } },
    ]),
  );
  const units = new Map(validEntries(index.units).map((u) => [u.id, u.valid as unknown as Unit]));
  const unitIds = index.units.map((u) => u.id);
  return validEntries(index.progress).flatMap((entry) => {
    const problem = (path: PropertyKey[], message: string, fix: string): Problem => ({
      file: entry.file,
      line: entry.lineOf(path),
      field: path.reduce<string>(
        (out, key) =>
          typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
        '',
      ),
      message,
      fix,
    });
    const target = targets.get(entry.id);
    // A target file that failed its own checks was reported already.
    if (!target && index.targets.some((t) => t.id === entry.id)) return [];
    if (!target) {
      const guess = closest(entry.id, [...targets.keys()]);
      return [
        {
          file: entry.file,
          line: 1,
          message: `không có chỉ tiêu nào mang mã "${entry.id}" để gắn số liệu này`,
          fix: guess
            ? `có phải ý bạn là "${guess}"? Đặt tên tệp giống tên tệp chỉ tiêu: content/tien-do/${guess}.json.`
            : 'đặt tên tệp giống tệp chỉ tiêu trong content/chi-tieu/ (cùng thư mục kế hoạch, cùng tên, đuôi .json).',
        },
      ];
    }
    const plan = plans.get(target.valid.plan);
    const problems: Problem[] = [];
    const seen = new Map<string, string>();
    const data = entry.valid as unknown as ProgressData;
    data.series.forEach((series, s) => {
      const measure = target.valid.measures.find((m) => m.id === series.measure);
      if (!measure) {
        const ids = target.valid.measures.map((m) => m.id);
        const guess = closest(series.measure, ids);
        problems.push(
          problem(
            ['series', s, 'measure'],
            `chỉ tiêu ${target.valid.number} không có thước đo "${series.measure}"`,
            guess ? `có phải ý bạn là "${guess}"?` : `dùng một trong các mã: ${ids.join(', ')}.`,
          ),
        );
        return;
      }
      if (
        series.derivedFrom &&
        data.series.some((other) => other !== series && other.measure === series.measure)
      ) {
        problems.push(
          problem(
            ['series', s, 'derivedFrom'],
            `thước đo "${series.measure}" được đếm tự động nên không có chuỗi số liệu nhập tay nào khác`,
            'xóa các chuỗi nhập tay của thước đo này, hoặc bỏ "derivedFrom".',
          ),
        );
      }
      if (series.derivedFrom && measure.kind !== 'count') {
        problems.push(
          problem(
            ['series', s, 'derivedFrom'],
            'chỉ đếm được từ hồ sơ cho thước đo loại số lượng (count)',
            'bỏ "derivedFrom" và nhập số liệu vào "points".',
          ),
        );
      }
      if (!series.unit || !series.points) return;
      const unit = units.get(series.unit);
      if (!unitIds.includes(series.unit)) {
        const guess = closest(series.unit, unitIds);
        problems.push(
          problem(
            ['series', s, 'unit'],
            `không có đơn vị nào mang mã "${series.unit}"`,
            guess
              ? `có phải ý bạn là "${guess}"?`
              : 'dùng mã có trong content/don-vi.yaml, hoặc thêm đơn vị vào đó.',
          ),
        );
      }
      series.points.forEach((point, p) => {
        const at = (key: string) => ['series', s, 'points', p, key];
        const period = parsePeriod(point.period)!;
        const key = `${series.measure}|${series.unit}|${point.period}`;
        const first = seen.get(key);
        if (first)
          problems.push(
            problem(
              at('period'),
              `số liệu ${periodLabel(period)} của "${series.unit}" bị trùng (đã có ở ${first})`,
              'giữ lại một số liệu cho mỗi kỳ và mỗi đơn vị; xóa số thừa.',
            ),
          );
        seen.set(key, `dòng ${entry.lineOf(at('period')) ?? '?'}`);
        if (plan && (period.year < plan.period.from || period.year > plan.period.to)) {
          problems.push(
            problem(
              at('period'),
              `năm ${period.year} nằm ngoài thời kỳ của kế hoạch (${plan.period.from}–${plan.period.to})`,
              'kiểm tra lại năm, hoặc xóa số liệu này.',
            ),
          );
        }
        if (unit) {
          const end = periodEnd(period);
          const from = isoOrUndefined(unit.validFrom);
          const to = isoOrUndefined(unit.validTo);
          if ((from && end < from) || (to && end > to)) {
            const successor = unit.successors.length
              ? ` Từ ${unit.validTo} số liệu thuộc: ${unit.successors.join(', ')}.`
              : '';
            problems.push(
              problem(
                at('period'),
                `đơn vị "${unit.name}" không tồn tại vào cuối kỳ ${periodLabel(period)}${from && end < from ? ` (bắt đầu từ ${unit.validFrom})` : ` (chỉ tồn tại đến ${unit.validTo})`}`,
                `số liệu thuộc đơn vị như nó có vào ngày cuối kỳ: chuyển số liệu này sang chuỗi của đơn vị đúng.${successor}`,
              ),
            );
          }
        }
        if (measure.kind === 'rate') {
          if (point.value < 0 || point.value > 100)
            problems.push(
              problem(
                at('value'),
                `tỷ lệ ${point.value} nằm ngoài khoảng 0–100`,
                'ghi tỷ lệ phần trăm từ 0 đến 100, không nhân 100 hai lần.',
              ),
            );
          if (point.numerator !== undefined && point.denominator !== undefined) {
            if (point.numerator > point.denominator) {
              problems.push(
                problem(
                  at('numerator'),
                  `tử số ${point.numerator} lớn hơn mẫu số ${point.denominator}`,
                  'kiểm tra xem có ghi đảo tử số và mẫu số không.',
                ),
              );
            } else {
              const computed = (100 * point.numerator) / point.denominator;
              if (Math.abs(computed - point.value) > RATE_TOLERANCE) {
                const rounded = Math.round(computed * 10) / 10;
                problems.push(
                  problem(
                    at('value'),
                    `tỷ lệ ${point.value} không khớp tử số/mẫu số ${point.numerator}/${point.denominator} (= ${rounded})`,
                    `sửa "value" thành ${rounded}, hoặc sửa tử số, mẫu số cho đúng.`,
                  ),
                );
              }
            }
          }
        } else {
          if (!Number.isInteger(point.value) || point.value < 0)
            problems.push(
              problem(
                at('value'),
                `số lượng ${point.value} phải là số nguyên không âm`,
                'ghi số đếm được: 0, 1, 2…',
              ),
            );
          if (point.numerator !== undefined)
            problems.push(
              problem(
                at('numerator'),
                'thước đo số lượng không có tử số, mẫu số',
                'xóa "numerator" và "denominator".',
              ),
            );
          const halves = series.points!.filter(
            (other) => other !== point && parsePeriod(other.period)?.year === period.year,
          );
          if (period.half === 0 && halves.length)
            problems.push(
              problem(
                at('period'),
                `năm ${period.year} vừa có số cả năm vừa có số 6 tháng: cộng dồn sẽ bị tính hai lần`,
                'với số lượng, chỉ ghi số cả năm, hoặc chỉ ghi số từng 6 tháng.',
              ),
            );
        }
      });
    });
    return problems;
  });
};
