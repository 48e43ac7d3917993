import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PROPAGATED_ASSETS_ID,
  withoutHeadInjectDirective,
} from '../../src/lib/head-inject-directive.ts';

/** The module Astro generates for a content entry's assets, as Astro 7.3 writes it. */
const generated = `
\t\t\t\t\t"use astro:head-inject";
\t\t\t\t\tasync function getMod() {
\t\t\t\t\t\treturn import("/content/mo-hinh/a.mdx");
\t\t\t\t\t}
\t\t\t\t\tconst defaultMod = { __astroPropagation: true, getMod };
\t\t\t\t\texport default defaultMod;
\t\t\t\t`;

describe('the unused "use astro:head-inject" directive (withastro/astro#18087)', () => {
  it('is removed from the generated module, and nothing else is', () => {
    const cleaned = withoutHeadInjectDirective(generated);
    expect(cleaned).not.toContain('use astro:head-inject');
    expect(cleaned.split('\n')).toEqual(generated.split('\n').filter((l) => !l.includes('"use')));
    expect(withoutHeadInjectDirective(cleaned)).toBe(cleaned);
  });

  it('applies to the modules Astro marks with ?astroPropagatedAssets only', () => {
    expect(PROPAGATED_ASSETS_ID.test('/p/content/mo-hinh/a.mdx?astroPropagatedAssets')).toBe(true);
    expect(PROPAGATED_ASSETS_ID.test('/p/content/mo-hinh/a.mdx?x=1&astroPropagatedAssets')).toBe(
      true,
    );
    expect(PROPAGATED_ASSETS_ID.test('/p/content/mo-hinh/a.mdx')).toBe(false);
  });

  it('is still what the installed Astro generates, with the same id flag (else this workaround can go)', () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const plugin = readFileSync(join(astro, 'dist/content/vite-plugin-content-assets.js'), 'utf8');
    const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
    expect(plugin).toContain('"use astro:head-inject";');
    expect(consts).toMatch(/PROPAGATED_ASSET_FLAG = "astroPropagatedAssets"/);
  });
});
