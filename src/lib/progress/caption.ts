import { REORGANISATION_LABEL, periodLabel } from './periods.ts';
import { shareMeeting, type MeasureProgress, type UnitSeries } from './series.ts';
import { summarised } from './chart-input.ts';
import { formatValue, STATUS_LABELS } from './status.ts';

/** The trend of a chart said in words, generated from the same data as the chart. */

function pointText(progress: MeasureProgress, point: UnitSeries['points'][number]): string {
  return `${formatValue(progress.measure, point.value)} (${periodLabel(point.parsed)}${point.estimate ? ', số ước' : ''})`;
}

/** "tỉnh Lào Cai: tăng từ 96,4 % (2022) lên 97,3 % (2024)". */
export function seriesTrend(progress: MeasureProgress, series: UnitSeries): string {
  const first = series.points[0];
  const last = series.points.at(-1);
  if (!first || !last) return `${series.unit.name}: chưa có số liệu`;
  if (first === last)
    return `${series.unit.name}: mới có một số liệu, ${pointText(progress, last)}`;
  const verb =
    last.value > first.value ? 'tăng từ' : last.value < first.value ? 'giảm từ' : 'không đổi, từ';
  const joint = last.value > first.value ? 'lên' : last.value < first.value ? 'xuống' : 'đến';
  return `${series.unit.name}: ${verb} ${pointText(progress, first)} ${joint} ${pointText(progress, last)}`;
}

export function trendCaption(progress: MeasureProgress): string {
  if (progress.series.length === 0) return `${progress.measure.label}: chưa có số liệu.`;
  const shares = summarised(progress)
    ? ` Có ${progress.series.length} đơn vị, quá nhiều để vẽ từng đơn vị: biểu đồ cho tỷ lệ đơn vị đạt mốc mỗi kỳ (${shareMeeting(
        progress,
      )
        .map((share) => `${periodLabel(share.period)}: ${share.met}/${share.total}`)
        .join('; ')}); số của từng đơn vị ở bảng dưới.`
    : '';
  const trends = progress.series.map((s) => seriesTrend(progress, s)).join('; ');
  const statuses = progress.series
    .map((s) => `${s.unit.name}: ${STATUS_LABELS[s.assessment.status].toLocaleLowerCase('vi')}`)
    .join('; ');
  const brk =
    progress.breakAfter !== null
      ? ` Đường chấm đứng đánh dấu ngày ${REORGANISATION_LABEL}: trước và sau ngày đó số liệu thuộc các đơn vị khác nhau, nên không nối liền và không so sánh trực tiếp.`
      : '';
  return `${progress.measure.label}.${shares} ${trends}. Đánh giá theo số liệu mới nhất: ${statuses}.${brk}`;
}

/** What the chart is, for its accessible name: "Biểu đồ đường: <measure>, 2022–2025. …". */
export function chartLabel(progress: MeasureProgress): string {
  const first = progress.categories[0];
  const last = progress.categories.at(-1);
  const shape = progress.measure.kind === 'count' && progress.series.length === 1 ? 'cột' : 'đường';
  return `Biểu đồ ${shape}: ${progress.measure.label}${first && last ? `, ${first.key}–${last.key}` : ''}. Chi tiết ở chú thích và bảng số liệu bên dưới.`;
}
