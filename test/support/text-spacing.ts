/**
 * Spacing mistakes that templates make around a value or an element: words glued together
 * ("thìChậm tiến độ", "năm 1979Minh họa") and stray spaces before punctuation ("( 1)", "trẻ ,").
 * Official texts (`[data-official-text]`) are skipped: their typos are the document's own and are
 * kept verbatim.
 */

const BLOCKS = new Set(
  'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

export interface SpacingProblem {
  kind: 'glued' | 'stray space';
  /** The text around the mistake, "|" where two pieces meet: "tiến độ thì|Chậm tiến độ". */
  context: string;
}

/** Runs of text that read as one line: text pieces between two block boundaries. */
function lines(root: Element): string[][] {
  const result: string[][] = [[]];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) result.at(-1)?.push(child.textContent ?? '');
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toLowerCase();
      if (SKIPPED.has(tag) || element.hasAttribute('data-official-text')) continue;
      const block = BLOCKS.has(tag);
      if (block) result.push([]);
      walk(element);
      if (block) result.push([]);
    }
  };
  walk(root);
  return result.filter((pieces) => pieces.some((piece) => piece.trim() !== ''));
}

/** Every glued or badly spaced place in a page's text outside official texts. */
export function spacingProblems(document: Document): SpacingProblem[] {
  const problems: SpacingProblem[] = [];
  for (const pieces of lines(document.body)) {
    const pieceList = pieces.filter((piece) => piece !== '');
    for (let i = 1; i < pieceList.length; i++) {
      const a = pieceList[i - 1] ?? '';
      const b = pieceList[i] ?? '';
      if (/[\p{L}\p{N}.,;:!?”)\]]$/u.test(a) && /^\p{Lu}/u.test(b))
        problems.push({ kind: 'glued', context: `${a.slice(-20).trimStart()}|${b.slice(0, 20)}` });
    }
    const line = pieceList.join('').replace(/\s+/g, ' ');
    for (const match of line.matchAll(/.{0,25}(?: [,.;:)](?= |$)|\( ).{0,25}/gu))
      problems.push({ kind: 'stray space', context: match[0] });
  }
  return problems;
}
