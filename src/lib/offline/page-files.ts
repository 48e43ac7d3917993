/**
 * The files a built page loads (issue 17), read from its HTML and scripts at build time, so that
 * saving a set for offline reading also saves the stylesheets, scripts, chart code and pictures its
 * pages need. The built HTML is Astro's own output, whose attributes are always double-quoted.
 */

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);

/** Tags whose address the browser loads with the page; `srcset` is left to the image-family fallback. */
const LOADED: readonly { tag: RegExp; attribute: string; when?: RegExp }[] = [
  { tag: /<link\b[^>]*>/g, attribute: 'href', when: /\srel="(?:stylesheet|modulepreload|icon)"/ },
  { tag: /<script\b[^>]*>/g, attribute: 'src' },
  { tag: /<img\b[^>]*>/g, attribute: 'src' },
];

const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** Addresses (as written, relative or absolute) of the files the page loads, including what its inline scripts import. */
export function filesOfPage(html: string): string[] {
  const found: string[] = [];
  for (const { tag, attribute, when } of LOADED) {
    for (const [element] of html.matchAll(tag)) {
      if (when && !when.test(element)) continue;
      const value = ATTRIBUTE(attribute).exec(element)?.[1];
      if (value) found.push(decodeAttribute(value));
    }
  }
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) found.push(...scriptImports(body ?? ''));
  return [...new Set(found)];
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

/** Modules a script imports, statically or with import() (Chart.js is loaded that way). */
export function scriptImports(code: string): string[] {
  const specifiers = [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]
    .map((match) => match[1]!)
    .filter((specifier) => /^\.{0,2}\//.test(specifier));
  return [...new Set(specifiers)];
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
