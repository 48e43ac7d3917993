import type { LinkGroup } from '../link-groups.ts';
import { MODEL_FIELDS, RECOGNITION_LEVELS } from '../../schemas/model.ts';
import { unitName, type Units } from '../units.ts';
import { modelFacetPath } from '../urls.ts';
import { countBy, FACET_SLUGS, NOT_RECOGNISED, type Facet, type ModelFacts } from './facets.ts';

/** Facets in the order they are offered, each with its heading and the order of its values. */
export const FACETS: { facet: Facet; heading: string; order: readonly string[] }[] = [
  { facet: 'field', heading: 'Theo lĩnh vực', order: Object.keys(MODEL_FIELDS) },
  { facet: 'province', heading: 'Theo tỉnh', order: [] },
  { facet: 'commune', heading: 'Theo xã, phường (tên hiện nay)', order: [] },
  { facet: 'year', heading: 'Theo năm bắt đầu', order: [] },
  {
    facet: 'recognition',
    heading: 'Theo cấp công nhận',
    order: [...Object.keys(RECOGNITION_LEVELS), NOT_RECOGNISED],
  },
];

/** How a facet value is named to readers: "Kinh tế", "tỉnh Lai Châu", "Năm 2024", "Cấp tỉnh". */
export function facetValueLabel(facet: Facet, value: string, units: Units): string {
  switch (facet) {
    case 'field':
      return MODEL_FIELDS[value as keyof typeof MODEL_FIELDS] ?? value;
    case 'province':
    case 'commune':
      return unitName(value, units);
    case 'year':
      return `Năm ${value}`;
    case 'recognition':
      return value === NOT_RECOGNISED
        ? 'Chưa được công nhận'
        : (RECOGNITION_LEVELS[value as keyof typeof RECOGNITION_LEVELS] ?? value);
  }
}

/** Title of a filter page, e.g. "Mô hình lĩnh vực Kinh tế". */
export function facetPageTitle(facet: Facet, value: string, units: Units): string {
  const label = facetValueLabel(facet, value, units);
  switch (facet) {
    case 'field':
      return `Mô hình lĩnh vực ${label.toLowerCase()}`;
    case 'province':
    case 'commune':
      return `Mô hình ở ${label}`;
    case 'year':
      return `Mô hình bắt đầu năm ${value}`;
    case 'recognition':
      return value === NOT_RECOGNISED
        ? 'Mô hình chưa được công nhận'
        : `Mô hình được công nhận ${label.toLowerCase()}`;
  }
}

/** The links to every filter page, facet by facet, each with the number of models it lists. */
export function facetLinkGroups(
  models: readonly ModelFacts[],
  units: Units,
  current?: { facet: Facet; value: string },
): LinkGroup[] {
  return FACETS.map(({ facet, heading, order }) => ({
    heading,
    id: `loc-${FACET_SLUGS[facet]}`,
    links: countBy(models, facet, order).map(({ value, count }) => ({
      href: modelFacetPath(facet, value),
      label: facetValueLabel(facet, value, units),
      count,
      current: current?.facet === facet && current.value === value,
    })),
  }));
}

/** Every filter page there is: one per facet and value some model has. */
export function facetPages(models: readonly ModelFacts[]): { facet: Facet; value: string }[] {
  return FACETS.flatMap(({ facet }) =>
    countBy(models, facet).map(({ value }) => ({ facet, value })),
  );
}
