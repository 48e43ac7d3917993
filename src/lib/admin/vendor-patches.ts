/**
 * Sveltia CMS loads a few things from other sites at run time: three web fonts named in its
 * stylesheet, and some libraries it imports only when needed (Immutable for save steps, exifr for
 * photos' metadata, Turndown for pasted text…) from a CDN. The editing page may load nothing from
 * other sites, so the copy of its script we serve names our own copies, served beside it under
 * /admin/fonts/ and /admin/vendor/. Every address must be found exactly once: an upgrade of Sveltia
 * that moves them fails the build here instead of reaching for the CDN.
 */

/** CDN address in Sveltia's script → file name under /admin/fonts/. */
export const SVELTIA_FONTS: Record<string, string> = {
  'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2':
    'text.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2': 'mono.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
    'icons.woff2',
};

/**
 * Libraries Sveltia imports on demand that we serve (package → file inside it, as Sveltia asks for
 * it). Others it can import (maps, HEIC photos, WebP encoding) are not used by our forms; the
 * page's policy blocks them rather than reach another site.
 */
export const SVELTIA_LIBRARIES: Record<string, string> = {
  immutable: 'dist/immutable.es.js',
  exifr: 'dist/lite.esm.mjs',
  turndown: 'lib/turndown.browser.es.js',
};

/** Sveltia's on-demand import base: `https://unpkg.com/${name}` (then "@version/file"). */
const LIBRARY_BASE = /`https:\/\/unpkg\.com\/\$\{(\w+)\}`/g;

function replaceOnce(script: string, find: string | RegExp, replacement: string, what: string) {
  const count =
    typeof find === 'string' ? script.split(find).length - 1 : [...script.matchAll(find)].length;
  if (count !== 1)
    throw new Error(
      `Sveltia CMS: expected ${what} once in its script, found ${count}. Update src/lib/admin/vendor-patches.ts for this version of @sveltia/cms.`,
    );
  return script.replace(find, replacement);
}

/** Sveltia's script with its fonts and on-demand libraries named from our own site. */
export function withLocalCopies(script: string): string {
  let patched = script;
  for (const [address, file] of Object.entries(SVELTIA_FONTS))
    patched = replaceOnce(patched, address, `./fonts/${file}`, `the font address ${address}`);
  // Relative to the script (/admin/sveltia-cms.js): import() resolves against the script's address.
  patched = replaceOnce(patched, LIBRARY_BASE, '`./vendor/${$1}`', 'the library address base');
  const remaining = /https:\/\/cdn\.jsdelivr\.net\/[^\s)'"`]+/.exec(patched);
  if (remaining)
    throw new Error(`Sveltia CMS: its script names another CDN address: ${remaining[0]}`);
  return patched;
}

/**
 * Where Sveltia will import each served library from, under /admin/: "vendor/<name>@<version>/<file>",
 * the version being the one its package.json asks for (its range without the leading "^").
 */
export function libraryPaths(sveltiaDependencies: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SVELTIA_LIBRARIES).map(([name, file]) => {
      const range = sveltiaDependencies[name];
      if (!range) throw new Error(`Sveltia CMS no longer depends on ${name}`);
      return [name, `vendor/${name}@${range.replace(/^\D/, '')}/${file}`];
    }),
  );
}
