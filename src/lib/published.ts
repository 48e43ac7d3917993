import type { PublishedFigure } from '../schemas/published-figure.ts';
import { formatNumber } from './format/number.ts';
import { unitName, withinProvince, type Units } from './units.ts';

/**
 * Figures published by official bodies or the press, as the "Số liệu đã công bố" section says
 * them: apart from the target series, never mixed with sample figures, each with its source.
 */

export interface FigureLine {
  id: string;
  /** "81 mô hình “Dân vận khéo”". */
  figure: string;
  /** "Lĩnh vực kinh tế: 32; …", empty without a breakdown. */
  parts: string;
  counts: string;
  place: string;
  period: string;
  publisher: string;
  title: string;
  url: string;
  /** "dd/mm/yyyy", or "không rõ ngày" when the page shows none. */
  date: string;
  informs: string[];
  note?: string;
}

export const UNKNOWN_DATE = 'không rõ ngày';

export function figureLine(figure: PublishedFigure, units: Units): FigureLine {
  return {
    id: figure.id,
    figure: `${formatNumber(figure.value)} ${figure.unit}`,
    parts: figure.parts.map((part) => `${part.label}: ${formatNumber(part.value)}`).join('; '),
    counts: figure.counts,
    place: unitName(figure.place, units),
    period: figure.period,
    publisher: figure.source.publisher,
    title: figure.source.title,
    url: figure.source.url,
    date: figure.source.date ?? UNKNOWN_DATE,
    informs: figure.informs,
    note: figure.note,
  };
}

/** The figures about a province (as it is today, so a former province's figures count for its successor). */
export function figuresOf(
  figures: readonly PublishedFigure[],
  province: string,
  units: Units,
): PublishedFigure[] {
  return figures.filter((figure) => withinProvince(figure.place, province, units));
}
