import { mdxToMdast, type Features, type MdastNode } from 'satteri';

/**
 * The Markdown features the site's MDX is read with. astro.config.mjs gives these to the Sätteri
 * processor that compiles every MDX file, and the content checker parses with the same parser and
 * the same features, so a body the checker accepts is a body the build can compile. GFM (tables,
 * strikethrough, footnotes, bare web addresses) is what @astrojs/mdx turns on by default, here
 * with the footnotes' words in Vietnamese; "smart" quotes and ellipses are off because official
 * texts are copied verbatim.
 */
export const MARKDOWN_FEATURES = {
  gfm: {
    footnotes: {
      label: 'Chú thích',
      backLabel: 'Quay lại chỗ chú thích {reference}',
      backContent: '↩',
    },
  },
  smartPunctuation: false,
} as const satisfies Features;

/** A parsed MDX document (an mdast root, with MDX's JSX, expression and ESM nodes). */
export type MdxRoot = Extract<MdastNode, { type: 'root' }>;
/** Any node of a parsed MDX document. */
export type MdxNode = MdastNode;

/** Where the MDX parser stopped, and its reason (in English: the checker words it for editors). */
export interface MdxSyntaxError {
  /** 1-based line and column in the parsed text. */
  line: number;
  column: number;
  reason: string;
}

export type MdxParse = { tree: MdxRoot } | { error: MdxSyntaxError };

/** The parser's errors start with "line:column: ". */
const LOCATED = /^(\d+):(\d+): ([\s\S]*)$/;

/**
 * Parses MDX as the build does: Sätteri's MDX parser with MARKDOWN_FEATURES. The parser stops at
 * the first syntax error, which comes back with its line and column instead of being thrown.
 */
export function parseMdx(source: string): MdxParse {
  try {
    const tree = mdxToMdast(source, { features: MARKDOWN_FEATURES });
    if (tree.type !== 'root') throw new Error(`Unexpected ${tree.type} at the top of an MDX tree`);
    return { tree };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const located = LOCATED.exec(message);
    if (!located) throw error;
    return {
      error: { line: Number(located[1]), column: Number(located[2]), reason: located[3] ?? '' },
    };
  }
}

/**
 * An MDX file's body as the build compiles it: @astrojs/mdx blanks the frontmatter (keeping its
 * lines) before compiling, so lines and columns in the tree are the file's own. `bodyLine` is the
 * file's line where the body starts.
 */
export const withFileLines = (body: string, bodyLine: number): string =>
  `${'\n'.repeat(Math.max(0, bodyLine - 1))}${body}`;
