import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  flowViolations,
  importCycles,
  readImportGraph,
  type FlowRule,
} from '../support/import-graph.ts';
import { temporaryFolder } from '../support/temporary-folder.ts';

/**
 * The layering of ARCHITECTURE.md, enforced: content → schemas → data → lib → components → pages.
 * Pure logic (src/lib) never reaches back to what renders or loads it.
 */
const RULES: FlowRule[] = [
  {
    from: 'src/lib/',
    to: /^(src\/(components|pages|layouts|data|integrations)\/|astro:content$|node:(fs|child_process)$)/,
    why: 'src/lib holds pure functions: no rendering, no loading, no files',
  },
  {
    from: 'src/content-check/',
    to: /^src\/scaffold\//,
    why: 'the checker judges content on its own terms, not through the scaffolding templates',
  },
  {
    from: 'src/schemas/',
    to: /^src\/(data|components|pages|layouts)\//,
    why: 'schemas describe content; they may use pure helpers but nothing that loads or renders',
  },
  {
    from: 'src/data/',
    to: /^src\/(components|pages|layouts)\//,
    why: 'the data layer loads content; it does not render',
  },
  {
    from: 'src/components/',
    to: /^(src\/pages\/|astro:content$)/,
    why: 'components render what they are given; collections are read in src/data',
  },
  { from: 'scripts/', to: /^test\//, why: 'tools must not depend on the test suite' },
  { from: 'src/', to: /^(test|scripts)\//, why: 'the site must not depend on tests or tools' },
];

const SOURCES = ['src/**/*.{ts,mjs,astro}', 'scripts/**/*.{ts,mjs,astro}', 'astro.config.mjs'];

describe('the project imports one way', () => {
  const graph = readImportGraph(process.cwd(), [...SOURCES, 'test/support/**/*.ts']);

  it('reads the real import graph', () => {
    expect(graph.edges.size).toBeGreaterThan(100);
    expect(graph.edges.get('astro.config.mjs')).toContain('src/lib/csp.ts');
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('has no import against the flow', () => {
    expect(flowViolations(graph, RULES)).toEqual([]);
  });
});

describe('the import checks catch what they are for', () => {
  const tree = (files: Record<string, string>) => {
    const root = temporaryFolder('imports-');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, dirname(file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return readImportGraph(root, SOURCES);
  };

  it('finds a cycle, type imports and dynamic imports included', () => {
    const graph = tree({
      'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = 1;",
      'src/lib/b.ts': "import type { C } from './c.ts';\nexport const b = 1;",
      'src/lib/c.ts': "export type C = 1;\nconst a = () => import('./a.ts');",
      'src/lib/d.ts': "import { a } from './a.ts';",
    });
    expect(importCycles(graph)).toEqual([['src/lib/a.ts', 'src/lib/b.ts', 'src/lib/c.ts']]);
  });

  it('finds lib importing a component, a page reading collections from a component, scripts importing tests', () => {
    const graph = tree({
      'src/lib/list.ts': "import type { Item } from '../components/lists/ItemList.astro';",
      'src/components/lists/ItemList.astro':
        "---\nimport { getCollection } from 'astro:content';\n---\n<ul></ul>",
      'scripts/report.ts': "import { listPages } from '../test/support/dist.ts';",
    });
    // One line per broken import, in the order of the importing files' paths.
    expect(flowViolations(graph, RULES)).toEqual([
      expect.stringMatching(/^scripts\/report\.ts → test\/support\/dist\.ts/),
      expect.stringMatching(/^src\/components\/lists\/ItemList\.astro → astro:content/),
      expect.stringMatching(/^src\/lib\/list\.ts → src\/components\/lists\/ItemList\.astro/),
    ]);
  });
});
