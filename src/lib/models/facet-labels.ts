import { MODEL_FIELDS, RECOGNITION_LEVELS } from '../../schemas/model.ts';
import type { FacetName } from './facets.ts';
import type { UnitLike } from './units.ts';

/** Facets in the order they are offered, each with its heading and the order of its values. */
export const FACETS: { name: FacetName; heading: string; order: readonly string[] }[] = [
  { name: 'linh-vuc', heading: 'Theo lĩnh vực', order: Object.keys(MODEL_FIELDS) },
  { name: 'tinh', heading: 'Theo tỉnh', order: [] },
  { name: 'xa', heading: 'Theo xã, phường (tên hiện nay)', order: [] },
  { name: 'nam', heading: 'Theo năm bắt đầu', order: [] },
  {
    name: 'cong-nhan',
    heading: 'Theo cấp công nhận',
    order: [...Object.keys(RECOGNITION_LEVELS), 'chua-cong-nhan'],
  },
];

/** How a facet value is named to readers: "Kinh tế", "tỉnh Lai Châu", "Năm 2024", "Cấp tỉnh". */
export function facetValueLabel(
  facet: FacetName,
  value: string,
  units: readonly UnitLike[],
): string {
  switch (facet) {
    case 'linh-vuc':
      return MODEL_FIELDS[value as keyof typeof MODEL_FIELDS] ?? value;
    case 'tinh':
    case 'xa':
      return units.find((u) => u.id === value)?.name ?? value;
    case 'nam':
      return `Năm ${value}`;
    case 'cong-nhan':
      return value === 'chua-cong-nhan'
        ? 'Chưa được công nhận'
        : (RECOGNITION_LEVELS[value as keyof typeof RECOGNITION_LEVELS] ?? value);
  }
}

/** Title of a filter page, e.g. "Mô hình lĩnh vực Kinh tế". */
export function facetPageTitle(
  facet: FacetName,
  value: string,
  units: readonly UnitLike[],
): string {
  const label = facetValueLabel(facet, value, units);
  switch (facet) {
    case 'linh-vuc':
      return `Mô hình lĩnh vực ${label.toLowerCase()}`;
    case 'tinh':
    case 'xa':
      return `Mô hình ở ${label}`;
    case 'nam':
      return `Mô hình bắt đầu năm ${value}`;
    case 'cong-nhan':
      return value === 'chua-cong-nhan'
        ? 'Mô hình chưa được công nhận'
        : `Mô hình được công nhận ${label.toLowerCase()}`;
  }
}
