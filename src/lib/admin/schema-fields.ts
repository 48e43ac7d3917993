import { z } from 'astro/zod';

/**
 * Turns a content schema (Zod) into the fields of the editing page's forms (Sveltia CMS), so the
 * page asks for exactly what the checker accepts: the schema's Vietnamese labels, required fields,
 * choices with their Vietnamese names, number ranges, dd/mm/yyyy dates, lists of objects, and the
 * schema's own messages where the form can show them (text patterns). Rules a form cannot express
 * (refinements across fields) stay with the checker, which runs on every pull request.
 */

type AnySchema = z.core.$ZodType;

/** A form field as Sveltia CMS reads it from config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * What the walker cannot learn from a schema alone: which fields name entries of another list
 * (their choices come from the content), and fields a caller builds itself. Keys are field paths
 * without array indexes, e.g. "tasks" or "photos.src".
 */
export interface FieldOptions {
  choices?: Record<string, readonly Choice[]>;
  overrides?: Record<string, (generated: CmsField) => CmsField>;
  /** Fields the caller builds from the label, help and required flag (e.g. a union). */
  custom?: Record<string, (base: CmsField) => CmsField>;
}

/** Stands in for Astro's `image()` when the walker builds forms: recognised as a photo upload. */
const IMAGE_FORMAT = 'image';
export const imageForForms = () => z.string().meta({ format: IMAGE_FORMAT });

interface Unwrapped {
  inner: AnySchema;
  label?: string;
  optional: boolean;
  defaultValue?: unknown;
  /** Checks of a `.pipe()`'s output side, e.g. a maximum length added after `text()`. */
  pipedChecks: AnySchema[];
  format?: string;
}

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  entries?: Record<string, string>;
  options?: AnySchema[];
  checks?: AnySchema[];
  defaultValue?: unknown;
  error?: (issue?: unknown) => unknown;
  format?: string;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

const metaOf = (schema: AnySchema) =>
  z.globalRegistry.get(schema) as { description?: string; format?: string } | undefined;

function unwrap(schema: AnySchema): Unwrapped {
  const result: Unwrapped = { inner: schema, optional: false, pipedChecks: [] };
  for (;;) {
    const meta = metaOf(result.inner);
    result.label ??= meta?.description;
    result.format ??= meta?.format;
    const def = defOf(result.inner);
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
      result.optional = true;
      result.inner = def.innerType;
    } else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      result.optional = true;
      result.defaultValue = def.defaultValue;
      result.inner = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      result.pipedChecks.push(...(defOf(def.out).checks ?? []));
      result.inner = def.in;
    } else return result;
  }
}

/** A schema's or check's own Vietnamese message ("" when it has none written). */
function errorText(def: Def | { error?: unknown }): string {
  const error = def.error;
  const message: unknown =
    typeof error === 'function' ? (error as (issue: unknown) => unknown)({}) : undefined;
  return typeof message === 'string' ? message : '';
}

/** A check's own Vietnamese message, as the schema words it. */
function messageOf(check: AnySchema): string | undefined {
  const error = defOf(check).error;
  const message = typeof error === 'function' ? error({}) : undefined;
  return typeof message === 'string' ? message : undefined;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}
const checkDef = (check: AnySchema) => check._zod.def as unknown as CheckDef;

/**
 * "chỉ nhận "province" (tỉnh), "district" (huyện…) hoặc …": the Vietnamese name of each choice,
 * read from the enum's own message, which names every value the way editors know it.
 */
export function choicesOfEnum(schema: AnySchema): Choice[] {
  const def = defOf(schema);
  const values = Object.values(def.entries ?? {});
  const message = errorText(def);
  return values.map((value) => {
    const named = new RegExp(
      `"${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" \\(([^)]+)\\)`,
    ).exec(message);
    return { value, label: named?.[1] ? capitalise(named[1]) : value };
  });
}

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** "quyền sử dụng: sự đồng ý … — thiếu thì …" → label "Quyền sử dụng", the rest as help. */
export function labelAndHint(description: string | undefined, name: string) {
  if (!description) return { label: name };
  const cut = /( — |: |, (?=ví dụ ))/.exec(description);
  if (!cut) return { label: capitalise(description) };
  return {
    label: capitalise(description.slice(0, cut.index)),
    hint: `${capitalise(description.slice(cut.index + cut[0].length).trim())}.`,
  };
}

const joinHints = (...hints: (string | undefined)[]) =>
  hints.filter(Boolean).join(' ') || undefined;

/** Form fields for every key of an object schema. */
export function fieldsOf(schema: AnySchema, options: FieldOptions = {}, prefix = ''): CmsField[] {
  const { inner } = unwrap(schema);
  const shape = defOf(inner).shape;
  if (!shape) throw new Error(`not an object schema at "${prefix}"`);
  return Object.entries(shape).map(([name, child]) =>
    fieldOf(name, child, options, prefix ? `${prefix}.${name}` : name),
  );
}

function fieldOf(name: string, schema: AnySchema, options: FieldOptions, path: string): CmsField {
  const unwrapped = unwrap(schema);
  const { label, hint } = labelAndHint(unwrapped.label, name);
  const base: CmsField = {
    name,
    label,
    widget: 'string',
    required: !unwrapped.optional,
    ...(hint ? { hint } : {}),
  };
  const custom = options.custom?.[path];
  const field = custom ? custom(base) : buildField(base, unwrapped, options, path);
  if (!field.hint) delete field.hint;
  const override = options.overrides?.[path];
  return override ? override(field) : field;
}

function buildField(
  base: CmsField,
  unwrapped: Unwrapped,
  options: FieldOptions,
  path: string,
): CmsField {
  const { inner } = unwrapped;
  const def = defOf(inner);
  const choices = options.choices?.[path];
  // A photo is a file of the repository: no address of an image on another site.
  if (unwrapped.format === IMAGE_FORMAT) return { ...base, widget: 'image', choose_url: false };
  if (choices && def.type !== 'array')
    return { ...base, widget: 'select', options: optionsOf(choices) };
  switch (def.type) {
    case 'string':
      return stringField(base, unwrapped);
    case 'number':
      return numberField(base, def.checks ?? []);
    case 'boolean':
      return {
        ...base,
        widget: 'boolean',
        ...(typeof unwrapped.defaultValue === 'boolean' ? { default: unwrapped.defaultValue } : {}),
      };
    case 'enum':
      return { ...base, widget: 'select', options: choicesOfEnum(inner).map(optionOf) };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(inner, options, path) };
    case 'array':
      return listField(base, def, options, path);
    default:
      throw new Error(`no form field for the schema type "${def.type}" at "${path}"`);
  }
}

const optionOf = (choice: Choice) => ({ label: choice.label, value: choice.value });

/**
 * One options list per list of choices: the units appear in every progress form, and the YAML
 * writer then names the list once and refers to it (an anchor), keeping config.yml small.
 */
const optionLists = new WeakMap<readonly Choice[], { label: string; value: string }[]>();
function optionsOf(choices: readonly Choice[]) {
  let options = optionLists.get(choices);
  if (!options) optionLists.set(choices, (options = choices.map(optionOf)));
  return options;
}

function stringField(base: CmsField, unwrapped: Unwrapped): CmsField {
  const def = defOf(unwrapped.inner);
  if (unwrapped.format === 'dd/mm/yyyy')
    return {
      ...base,
      widget: 'datetime',
      type: 'date',
      format: 'DD/MM/YYYY',
      hint: joinHints(base.hint, 'Chọn ngày trên lịch; trang lưu dạng ngày/tháng/năm.'),
    };
  const field: CmsField = { ...base };
  const typeMessage = errorText(def);
  for (const check of [...(def.checks ?? []), ...unwrapped.pipedChecks]) {
    const c = checkDef(check);
    const message = messageOf(check);
    if (c.check === 'max_length' && c.maximum !== undefined) field.maxlength = c.maximum;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern && message)
      field.pattern = [base.required ? c.pattern.source : `^$|${c.pattern.source}`, message];
  }
  // Long texts (summaries) get a box of several lines.
  if (typeof field.maxlength === 'number' && field.maxlength >= 200) field.widget = 'text';
  if (def.format === 'url' || /^https?:|https:\/\//.test(typeMessage)) {
    field.type = 'url';
    field.pattern = [base.required ? '^https?://\\S+$' : '^$|^https?://\\S+$', typeMessage];
  }
  return field;
}

function numberField(base: CmsField, checks: AnySchema[]): CmsField {
  const field: CmsField = { ...base, widget: 'number', value_type: 'float' };
  for (const check of checks) {
    const c = checkDef(check);
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) field.value_type = 'int';
    if (c.check === 'greater_than' && c.value !== undefined)
      field.min = c.inclusive ? c.value : c.value + 1;
    if (c.check === 'less_than' && c.value !== undefined)
      field.max = c.inclusive ? c.value : c.value - 1;
  }
  return field;
}

function listField(base: CmsField, def: Def, options: FieldOptions, path: string): CmsField {
  const field: CmsField = { ...base, widget: 'list' };
  for (const check of def.checks ?? []) {
    const c = checkDef(check);
    if (c.check === 'min_length' && c.minimum !== undefined && c.minimum > 0) field.min = c.minimum;
    if (c.check === 'max_length' && c.maximum !== undefined) field.max = c.maximum;
  }
  // A list may be empty in the file only when the schema allows it.
  if (field.min) field.required = true;
  const element = unwrap(def.element!);
  const elementDef = defOf(element.inner);
  const choices = options.choices?.[path];
  if (choices || elementDef.type === 'enum') {
    const list = choices ?? choicesOfEnum(element.inner);
    const select: CmsField = {
      ...field,
      widget: 'select',
      multiple: true,
      options: optionsOf(list),
    };
    return select;
  }
  if (elementDef.type === 'object') {
    const fields = fieldsOf(element.inner, options, path);
    const first = fields.find((f) => f.widget === 'string' || f.widget === 'text');
    return {
      ...field,
      fields,
      collapsed: 'auto',
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
    };
  }
  const item = fieldOf(base.name, def.element!, options, path);
  return { ...field, field: { ...item, label: item.label } };
}
