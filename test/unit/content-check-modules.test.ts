import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const DIR = resolve('src/content-check');
const modules = readdirSync(DIR)
  .filter((name) => name.endsWith('.ts'))
  .sort();

/** The content-check modules a module imports (relative imports inside the folder). */
const localImports = (name: string) =>
  [...readFileSync(join(DIR, name), 'utf8').matchAll(/^import[^;]*?from '\.\/([^']+)';/gms)].map(
    (match) => match[1]!,
  );

describe('the content checker’s modules', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('are found', () => {
    expect(modules).toEqual(expect.arrayContaining(['index.ts', 'entries.ts']));
  });

  // A cycle makes the result depend on which module is imported first (the checks list of one
  // module was read before it existed): each is imported first, alone, and must give all its exports.
  it.each(modules)('%s can be imported first, on its own', async (name) => {
    const exports = (await import(join(DIR, name))) as Record<string, unknown>;
    for (const [key, value] of Object.entries(exports)) expect(value, key).toBeDefined();
  });

  it('import one another without a cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (name: string, path: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) {
        cycles.push([...path.slice(path.indexOf(name)), name].join(' → '));
        return;
      }
      visiting.add(name);
      for (const next of localImports(name)) visit(next, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of modules) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it('check modules take shared helpers from entries.ts, never from one another or index.ts', () => {
    const checkModules = modules.filter((name) => name.endsWith('-checks.ts'));
    expect(checkModules.length).toBeGreaterThanOrEqual(4);
    for (const name of checkModules) {
      const imports = localImports(name);
      expect(imports, name).toContain('entries.ts');
      expect(
        imports.filter((imported) => imported === 'index.ts' || imported.endsWith('-checks.ts')),
        name,
      ).toEqual([]);
    }
  });
});
