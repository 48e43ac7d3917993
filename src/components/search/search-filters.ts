/**
 * The filter checkboxes of the search page, built from Pagefind's filter values. Imported only
 * when the reader opens "Lọc kết quả", like the values themselves.
 */
import {
  FILTERS,
  orderedFilters,
  orderedValues,
  type FilterKey,
} from '../../lib/search/filters.ts';

/** One fieldset per filter, in the site's order, each value a checkbox named by its filter. */
export function filterGroups(
  filters: Record<string, Record<string, number>>,
): HTMLFieldSetElement[] {
  return orderedFilters(Object.keys(filters)).map((key: FilterKey) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTERS[key];
    fieldset.append(legend);
    for (const value of orderedValues(key, Object.keys(filters[key]!))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      label.append(box, ` ${value}`);
      fieldset.append(label);
    }
    return fieldset;
  });
}
