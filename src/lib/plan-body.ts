import { parseMdx, type MdxRoot } from './mdx/parse.ts';
import {
  attributeValue,
  elementsNamed,
  findAll,
  isJsxElement,
  lineOf,
  textOf,
} from './mdx/tree.ts';

/**
 * Reads the structure of a plan's MDX body from its parsed tree (the parser the build uses): its
 * <Heading>s for the table of contents, the <Task/> and <Target/> placeholders, the numbered
 * sections. Used by the content checker and by the plan page.
 */

export interface OutlineHeading {
  /** Canonical section number, e.g. "II.1". */
  number: string;
  /** Heading text as printed, without editor's notes. */
  text: string;
}

const isEditorNote = (node: Parameters<typeof isJsxElement>[0]) =>
  isJsxElement(node) && node.name === 'EditorNote';

/** Headings of a plan body, in order, for the table of contents. */
export function outlineHeadings(tree: MdxRoot): OutlineHeading[] {
  return elementsNamed(tree, 'Heading').map((heading) => ({
    number: attributeValue(heading, 'number') ?? '',
    text: textOf(heading, isEditorNote).replace(/\s+/g, ' ').trim(),
  }));
}

/** The headings of a plan body given as text (a page's entry body); none if it cannot be read. */
export function outlineOfBody(body: string): OutlineHeading[] {
  const parsed = parseMdx(body);
  return 'tree' in parsed ? outlineHeadings(parsed.tree) : [];
}

/** A <Task id="…"/> or <Target id="…"/> placeholder and the line it is on. */
export interface Placeholder {
  id: string;
  line: number;
}

/** The <Task/> or <Target/> placeholders of a plan body, in order. */
export function placeholders(tree: MdxRoot, component: 'Task' | 'Target'): Placeholder[] {
  return elementsNamed(tree, component).flatMap((element) => {
    const id = attributeValue(element, 'id');
    return id === undefined ? [] : [{ id, line: lineOf(element) }];
  });
}

/** Ids of <Task id="…"/> or <Target id="…"/> placeholders, in order. */
export const placeholderIds = (tree: MdxRoot, component: 'Task' | 'Target'): string[] =>
  placeholders(tree, component).map((placeholder) => placeholder.id);

/** A numbered part of a plan's own text: <Heading number="…"> or <Clause number="…">. */
export interface NumberedSection {
  component: 'Heading' | 'Clause';
  number: string | undefined;
  line: number;
}

/** The <Heading> and <Clause> elements of a plan body, in order, with their numbers. */
export function numberedSections(tree: MdxRoot): NumberedSection[] {
  return findAll(tree, isJsxElement).flatMap((element): NumberedSection[] =>
    element.name === 'Heading' || element.name === 'Clause'
      ? [
          {
            component: element.name,
            number: attributeValue(element, 'number'),
            line: lineOf(element),
          },
        ]
      : [],
  );
}
