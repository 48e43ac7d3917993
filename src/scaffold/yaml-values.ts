import { TODO_MARK } from '../lib/placeholders.ts';

/** Writing values into a new file's YAML, and marking what is still to be written. */

/** A YAML string value: double-quoted, so colons, "#" and quotes inside are safe. */
export const yamlString = (value: string) => JSON.stringify(value.normalize('NFC'));

/** A YAML flow list of ids or strings: [a, b] / ["Các cấp Hội"]. */
export const yamlList = (values: string[], quoted = false) =>
  `[${values.map((v) => (quoted ? yamlString(v) : v)).join(', ')}]`;

/** Splits "a, b; c" answers into a list. */
export const listAnswer = (value: string | undefined) =>
  (value ?? '')
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Placeholder for a value still to be written, with what to write. */
export const todo = (what: string) => `${TODO_MARK}: ${what}`;
