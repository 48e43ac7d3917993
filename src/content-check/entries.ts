import type { z } from 'astro/zod';
import type {
  contentTypes,
  ContentTypeName,
  DocumentType,
  SchemaHelpers,
} from '../content-types.ts';
import type { MdxRoot } from '../lib/mdx/parse.ts';
import { formatPath, type Problem } from './problem.ts';
import { closest } from './suggest.ts';

/**
 * What every check shares: the entries as read and validated, typed per content type from its
 * schema, and the helpers checks use to look entries up and word a broken reference. Check
 * modules import from here (and from leaf helpers such as problem.ts), never from each other or
 * from index.ts, which assembles them: no import cycle.
 */

/**
 * The content types a check runs on: src/content-types.ts, or a variant of it in tests (a type
 * read with another pattern), hence patterns typed as any string.
 */
export type ContentTypes = {
  [Name in ContentTypeName]: WithAnyPattern<(typeof contentTypes)[Name]>;
};
type WithAnyPattern<Type> = Type extends DocumentType
  ? Omit<Type, 'pattern'> & { pattern: string }
  : Type;

/** A schema as a content type gives it: ready, or built from helpers such as `image()`. */
type SchemaOf<Schema> = Schema extends (helpers: SchemaHelpers) => infer Built ? Built : Schema;

/** The data of one entry of a content type once its schema accepted it (the schema's output). */
export type EntryData<Name extends ContentTypeName> = z.output<
  SchemaOf<(typeof contentTypes)[Name]['schema']>
>;

/** Where an entry is and how to point into it; what every entry has, read or not. */
export interface SourceEntry {
  /** Id as Astro gives it: path under the type's folder without extension, or a list item's `id`. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** MDX body (documents only). */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /**
   * The MDX body as the build parses it, lines and columns those of the file; undefined for data
   * files and for bodies with a mistake of their own (reported already), which checks across
   * entries then leave alone.
   */
  tree: MdxRoot | undefined;
  /** Line of a key path inside the YAML, where it can be found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** One content item as read from disk, before its schema is applied. */
export interface RawEntry extends SourceEntry {
  /** Parsed frontmatter or list item, not yet validated; undefined when the file could not be read. */
  data: unknown;
}

/** An entry of a content type after its schema ran: `data` is undefined when it was refused. */
export interface CheckedEntry<Name extends ContentTypeName> extends SourceEntry {
  type: Name;
  data: EntryData<Name> | undefined;
}

/** An entry whose data passed its schema, typed by it. */
export interface ValidEntry<Name extends ContentTypeName> extends CheckedEntry<Name> {
  data: EntryData<Name>;
}

/** Every entry read, by type, whether or not it passed its schema. */
export type ContentIndex = { [Name in ContentTypeName]: CheckedEntry<Name>[] };

/** What a check may need besides the entries: where the content is and how it is laid out. */
export interface CheckContext {
  contentDir: string;
  types: ContentTypes;
  /** The day progress figures are current to ("dd/mm/yyyy"), when content/trang-web.yaml is valid. */
  progressAsOf?: string;
}

/** A check across entries, e.g. "every theme a task names exists". */
export type CrossCheck = (index: ContentIndex, context: CheckContext) => Problem[];

/**
 * Checks read data only from entries that passed their schema (the others were reported
 * already), but look ids up among all entries, so one mistake is reported once.
 */
export const validEntries = <Name extends ContentTypeName>(
  entries: readonly CheckedEntry<Name>[],
): ValidEntry<Name>[] => entries.filter((e): e is ValidEntry<Name> => e.data !== undefined);

/** The ids of entries, valid or not: what a reference may name. */
export const ids = (entries: readonly SourceEntry[]): string[] => entries.map((e) => e.id);

/**
 * A reference to an id that does not exist, with the closest existing id as a suggestion, or
 * else where the ids are listed (`where`); `what` names the kind of thing referred to.
 */
export function missingReference(
  entry: SourceEntry,
  path: readonly PropertyKey[],
  value: string,
  known: string[],
  what: string,
  where: string,
): Problem {
  const guess = closest(value, known);
  return {
    file: entry.file,
    line: entry.lineOf(path),
    field: formatPath(path),
    message: `không có ${what} nào mang mã "${value}"`,
    fix: guess ? `có phải ý bạn là "${guess}"?` : `dùng mã có trong ${where}.`,
  };
}

/**
 * Entries by id, the first of each id (the one `find` would give): checks look ids up among
 * thousands of entries on a large site, where a search through the list for each would take
 * time growing with the square of the content.
 */
export function firstById<Entry extends SourceEntry>(
  entries: readonly Entry[],
): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}

/**
 * Entries by each folder their id lies in ("a/b/c" under "a" and "a/b"), in their order: what
 * `entries.filter((e) => e.id.startsWith(`${folder}/`))` gives, for every folder at once.
 */
export function entriesByFolder<Entry extends SourceEntry>(
  entries: readonly Entry[],
): Map<string, Entry[]> {
  const byFolder = new Map<string, Entry[]>();
  for (const entry of entries)
    for (let slash = entry.id.indexOf('/'); slash >= 0; slash = entry.id.indexOf('/', slash + 1)) {
      const folder = entry.id.slice(0, slash);
      const list = byFolder.get(folder);
      if (list) list.push(entry);
      else byFolder.set(folder, [entry]);
    }
  return byFolder;
}
