// @ts-check
/**
 * What the editing page does to an entry just before saving it (Sveltia CMS's preSave step), as
 * pure functions on plain data. The browser loads this file as it is (no build step), so it is
 * JavaScript checked by TypeScript through these JSDoc types; test/unit/admin-save-steps.test.ts
 * tests it and keeps SAMPLE_SOURCE equal to the schema's.
 */

/** What a sample figure names as its source (src/schemas/progress.ts, SAMPLE_SOURCE). */
export const SAMPLE_SOURCE = 'Số liệu minh họa';

/** Site settings that say "not known yet" with null (src/schemas/site.ts). */
export const PENDING_SETTINGS = [
  'publisher',
  'address',
  'phone',
  'email',
  'responsiblePerson',
  'url',
  'repository',
];

/** @param {unknown} value */
const isEmpty = (value) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Leaves out what the editor left empty: an optional field is absent from the file, never an empty
 * string the checker would refuse. Lists stay (an empty list is a value), their items are cleaned.
 * @param {unknown} value
 * @returns {unknown}
 */
export function withoutEmptyFields(value) {
  if (Array.isArray(value)) return value.map(withoutEmptyFields);
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const kept = {};
    for (const [key, child] of Object.entries(value)) {
      const cleaned = withoutEmptyFields(child);
      if (Array.isArray(cleaned) || !isEmpty(cleaned)) kept[key] = cleaned;
    }
    return kept;
  }
  return value;
}

/**
 * A progress file as the schema wants it: a sample figure names "Số liệu minh họa" as its source,
 * a real one its document; "estimate: false" (the default) is left out as in hand-written files.
 * @param {{ series?: Array<{ points?: Array<Record<string, unknown>> } & Record<string, unknown>> }} data
 */
export function progressForSaving(data) {
  const cleaned = /** @type {typeof data} */ (withoutEmptyFields(data));
  for (const series of cleaned.series ?? []) {
    if (!series.points?.length) {
      delete series.points;
      continue;
    }
    series.points = series.points.map((point) => {
      /** @type {Record<string, unknown>} */
      const saved = {};
      for (const [key, value] of Object.entries(point)) {
        if (key === 'estimate' && value === false) continue;
        if (key !== 'source') saved[key] = value;
      }
      saved.source = point.sample === true ? SAMPLE_SOURCE : (point.source ?? {});
      return saved;
    });
  }
  return cleaned;
}

/**
 * Site settings: a setting left empty is written as null, which the footer shows as
 * "Chưa có thông tin" (an empty string would be refused by the checker).
 * @param {Record<string, unknown>} data
 */
export function settingsForSaving(data) {
  const cleaned = /** @type {Record<string, unknown>} */ (withoutEmptyFields(data));
  /** @type {Record<string, unknown>} */
  const ordered = {};
  for (const key of new Set([...Object.keys(data), ...PENDING_SETTINGS]))
    ordered[key] =
      key in cleaned ? cleaned[key] : PENDING_SETTINGS.includes(key) ? null : undefined;
  for (const key of Object.keys(ordered)) if (ordered[key] === undefined) delete ordered[key];
  return ordered;
}

/**
 * The save step for a file at `path` (relative to the repository).
 * @param {string} path
 * @param {Record<string, unknown>} data
 * @returns {unknown}
 */
export function dataForSaving(path, data) {
  if (/^content\/tien-do\/.+\.json$/.test(path)) return progressForSaving(data);
  if (path === 'content/trang-web.yaml') return settingsForSaving(data);
  return withoutEmptyFields(data);
}
