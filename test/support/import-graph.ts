import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * The project's import graph, read from the source as text: every `import … from`, `export … from`,
 * side-effect `import '…'` and `import('…')` with a literal specifier, in .ts, .mjs and .astro files
 * (frontmatter and <script> alike). Relative specifiers are resolved to files; bare ones
 * ("astro:content", "node:fs", "chart.js") are kept as written.
 */
export interface ImportGraph {
  /** File (relative to the root, "/"-separated) → what it imports (files or bare specifiers). */
  edges: Map<string, string[]>;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function readImportGraph(root: string, patterns: string[]): ImportGraph {
  const files = globSync(patterns, { cwd: root, ignore: ['**/node_modules/**', '**/.astro/**'] });
  const edges = new Map<string, string[]>();
  for (const file of files.sort()) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    edges.set(
      file,
      targets.map((specifier) =>
        specifier.startsWith('.')
          ? relative(root, resolve(root, dirname(file), specifier))
              .split('\\')
              .join('/')
          : specifier,
      ),
    );
  }
  return { edges };
}

/** Every import cycle (strongly connected component of more than one file, or a self-import). */
export function importCycles({ edges }: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!edges.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next))
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (edges.get(file) ?? []).includes(file))
      cycles.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** A rule of the layering: files under `from` must not import anything matching `to`. */
export interface FlowRule {
  from: string;
  to: RegExp;
  why: string;
}

/** Every import that breaks a rule, as "importer → imported (why)". */
export function flowViolations({ edges }: ImportGraph, rules: readonly FlowRule[]): string[] {
  return [...edges].flatMap(([file, targets]) =>
    rules
      .filter((rule) => file.startsWith(rule.from))
      .flatMap((rule) =>
        targets
          .filter((target) => rule.to.test(target))
          .map((target) => `${file} → ${target} (${rule.why})`),
      ),
  );
}
