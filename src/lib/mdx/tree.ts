import type { MdxNode } from './parse.ts';

/** Small helpers to read a parsed MDX tree (mdast with MDX nodes). */

/** A JSX element written in MDX: <Heading number="I">…</Heading>, <Task id="…" />, <b>…</b>. */
export type JsxElement = Extract<MdxNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
export type JsxAttribute = JsxElement['attributes'][number];

export const isJsxElement = (node: MdxNode): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export const childrenOf = (node: MdxNode): readonly MdxNode[] =>
  'children' in node ? (node.children as MdxNode[]) : [];

/**
 * Visits every node in document order. `visit` returning false skips the node's children
 * (e.g. the text inside an editor's note).
 */
export function walk(node: MdxNode, visit: (node: MdxNode) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of childrenOf(node)) walk(child, visit);
}

/** Every node of a tree, in document order, that `test` accepts. */
export function findAll<Found extends MdxNode>(
  tree: MdxNode,
  test: (node: MdxNode) => node is Found,
): Found[] {
  const found: Found[] = [];
  walk(tree, (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** The elements of a tree named `name` (case-sensitive, as MDX is). */
export const elementsNamed = (tree: MdxNode, name: string): JsxElement[] =>
  findAll(tree, isJsxElement).filter((element) => element.name === name);

/** A literal attribute value, `name="value"`; undefined when absent or not plain text. */
export function attributeValue(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
    ? attribute.value
    : undefined;
}

/** Line where a node starts (1-based), or 0 when the parser gave no position. */
export const lineOf = (node: { position?: { start: { line: number } } | undefined }): number =>
  node.position?.start.line ?? 0;

/** Column where a node starts (1-based), or 0 when unknown. */
export const columnOf = (node: { position?: { start: { column: number } } | undefined }): number =>
  node.position?.start.column ?? 0;

/** The text a reader sees in a node (text and inline code), leaving out what `skip` rejects. */
export function textOf(node: MdxNode, skip: (node: MdxNode) => boolean = () => false): string {
  let text = '';
  walk(node, (child) => {
    if (skip(child)) return false;
    if (child.type === 'text' || child.type === 'inlineCode') text += child.value;
  });
  return text;
}
