/**
 * Reads the structure of an MDX body written with the site's few components
 * (<Heading>, <Clause>, <Task/>, <Target/>, <EditorNote>). Used by the content checker and by
 * pages (table of contents). Official texts contain no code, so a tag scanner is enough.
 */

export interface Tag {
  name: string;
  /** Attributes written as name="value". */
  attributes: Record<string, string>;
  kind: 'open' | 'close' | 'self-closing';
  /** 1-based line within the body. */
  line: number;
  /** Offsets of the tag in the body. */
  start: number;
  end: number;
}

const TAG = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

export function scanTags(body: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of body.matchAll(TAG)) {
    const [whole, slash, name, attributeText, selfClose] = match;
    const attributes: Record<string, string> = {};
    for (const attribute of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1]!] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    tags.push({
      name: name!,
      attributes,
      kind: slash ? 'close' : selfClose ? 'self-closing' : 'open',
      line: body.slice(0, match.index).split('\n').length,
      start: match.index,
      end: match.index + whole.length,
    });
  }
  return tags;
}

export interface OutlineHeading {
  /** Canonical section number, e.g. "II.1". */
  number: string;
  /** Heading text as printed, without editor's notes. */
  text: string;
}

/** Headings of a plan body, in order, for the table of contents. */
export function outlineHeadings(body: string): OutlineHeading[] {
  const tags = scanTags(body);
  const headings: OutlineHeading[] = [];
  tags.forEach((tag, index) => {
    if (tag.name !== 'Heading' || tag.kind !== 'open') return;
    const close = tags.slice(index + 1).find((t) => t.name === 'Heading' && t.kind === 'close');
    if (!close) return;
    const inner = body
      .slice(tag.end, close.start)
      .replace(/<EditorNote>[\s\S]*?<\/EditorNote>/g, '');
    headings.push({ number: tag.attributes.number ?? '', text: inner.replace(/\s+/g, ' ').trim() });
  });
  return headings;
}

/** Ids of <Task id="…"/> or <Target id="…"/> placeholders, in order. */
export function placeholderIds(body: string, component: 'Task' | 'Target'): string[] {
  return scanTags(body)
    .filter((tag) => tag.name === component && tag.attributes.id !== undefined)
    .map((tag) => tag.attributes.id!);
}
