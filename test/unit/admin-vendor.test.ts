import { describe, expect, it } from 'vitest';
import {
  libraryPaths,
  SVELTIA_FONTS,
  withLocalCopies,
} from '../../src/lib/admin/vendor-patches.ts';

const FONT_ADDRESSES = Object.keys(SVELTIA_FONTS);
const script = (extra = '') =>
  [
    ...FONT_ADDRESSES.map((address) => `@font-face{src:url(${address})}`),
    'JW=e=>{let t=`https://unpkg.com/${e}`,n=V[e];return n?`${t}@${n}`:t}',
    extra,
  ].join('\n');

describe('Sveltia CMS’s script, served with our own copies of its fonts and libraries', () => {
  it('names our copies instead of the CDN', () => {
    const patched = withLocalCopies(script());
    for (const file of Object.values(SVELTIA_FONTS))
      expect(patched).toContain(`url(./fonts/${file})`);
    expect(patched).toContain('let t=`./vendor/${e}`');
    expect(patched).not.toMatch(/jsdelivr|unpkg/);
  });

  it('fails the build when an upgrade moved an address, instead of loading from the CDN', () => {
    expect(() =>
      withLocalCopies(script().replace(FONT_ADDRESSES[0]!, 'https://x/y.woff2')),
    ).toThrow(/expected the font address/);
    expect(() => withLocalCopies(script('url(https://cdn.jsdelivr.net/npm/other.woff2)'))).toThrow(
      /another CDN address/,
    );
    expect(() => withLocalCopies(script().replace('unpkg.com/${e}', 'esm.sh/${e}'))).toThrow(
      /library address base/,
    );
  });

  it('serves each library where Sveltia will ask for it', () => {
    expect(libraryPaths({ immutable: '^5.1.9', exifr: '^7.1.3', turndown: '^7.2.4' })).toEqual({
      immutable: 'vendor/immutable@5.1.9/dist/immutable.es.js',
      exifr: 'vendor/exifr@7.1.3/dist/lite.esm.mjs',
      turndown: 'vendor/turndown@7.2.4/lib/turndown.browser.es.js',
    });
    expect(() => libraryPaths({ immutable: '^5.1.9' })).toThrow(/no longer depends on exifr/);
  });
});
