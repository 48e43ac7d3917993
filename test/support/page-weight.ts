import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import {
  MAX_CSS,
  MAX_PAGE_ELEMENTS,
  MAX_PAGE_HTML_BYTES,
  MAX_REGISTRATION_SCRIPT,
  type PageType,
} from '../../scripts/support/page-types.ts';

/**
 * What a phone downloads to show one built page before the reader does anything: the HTML, its
 * stylesheets (and their @imports), the fonts those name, and the JavaScript the page loads at once
 * (inline scripts, <script src>, modulepreloads and everything they import statically). Code a page
 * loads on demand (dynamic import()) is not part of the first load. Sizes are gzip-compressed.
 */
export interface PageWeight {
  html: number;
  /** Bytes of the HTML as the phone parses it, uncompressed. */
  rawHtml: number;
  /** Elements in the document. */
  elements: number;
  css: number;
  /**
   * Fonts: every font file the stylesheets name, an upper bound. A browser fetches only the faces
   * and subsets a page draws with; fontBytes() measures that, and the page gates use it.
   */
  fonts: number;
  /** All JavaScript of the first load, the registration snippet included. */
  script: number;
  /** The inline snippet that registers the offline service worker (0 if the page has none). */
  registration: number;
  /** Files of the first load that hold chart code (Chart.js). */
  chartCode: string[];
  /** Files of the first load that hold search code (Pagefind) or come from its folder. */
  searchCode: string[];
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

/** Chart.js' licence banner and one of its core error messages survive minification. */
const CHART_MARKERS = [/Chart\.js v\d/, /Canvas is already in use/];
/** Pagefind's runtime fetches its entry file; its default UI ships these class names. */
const SEARCH_MARKERS = [/pagefind-entry\.json/, /pagefind-ui__/];
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** ServiceWorkerRegistration.astro's snippet, as minified: it registers the site's sw.js. */
const REGISTRATION_MARKER = /\.register\(.*sw\.js/;

/** Static imports and re-exports (`import x from "./a.js"`, `import"./b.js"`, `export*from"./c.js"`), not `import()`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;

export interface SiteFiles {
  /** Built site folder (dist/). */
  root: string;
  /** Base path the site was built for ("/" or "/sub/"). */
  base?: string;
}

/** Maps a URL found in a page (absolute path or relative) to a file in the built site, or undefined if it leaves the site. */
function resolveFile(site: SiteFiles, from: string, href: string): string | undefined {
  const base = site.base ?? '/';
  const url = new URL(href, `http://site.invalid${from}`);
  if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(base)) return undefined;
  return join(site.root, decodeURIComponent(url.pathname.slice(base.length)));
}

/** The weight of the page at a site path such as "/ke-hoach/x/" ("/" + its folder under the base). */
export function measurePage(site: SiteFiles, path: string): PageWeight {
  const base = site.base ?? '/';
  const urlPath = `${base}${path.replace(/^\//, '')}`;
  const htmlText = readFileSync(
    join(site.root, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html'),
    'utf8',
  );
  const { document } = parseHTML(htmlText);
  const weight: PageWeight = {
    html: gzipSize(htmlText),
    rawHtml: Buffer.byteLength(htmlText),
    elements: document.querySelectorAll('*').length,
    css: 0,
    fonts: 0,
    script: 0,
    registration: 0,
    chartCode: [],
    searchCode: [],
  };
  const seen = new Set<string>();
  const load = (from: string, href: string): { file: string; text: Buffer } | undefined => {
    const file = resolveFile(site, from, href);
    if (!file || seen.has(file) || !existsSync(file)) return undefined;
    seen.add(file);
    if (/\/pagefind\//.test(`/${file.slice(site.root.length)}`.replace(/\\/g, '/')))
      weight.searchCode.push(href);
    return { file, text: readFileSync(file) };
  };
  const inspectScript = (name: string, text: string) => {
    weight.script += gzipSize(text);
    if (CHART_MARKERS.some((marker) => marker.test(text))) weight.chartCode.push(name);
    if (SEARCH_MARKERS.some((marker) => marker.test(text))) weight.searchCode.push(name);
  };
  const addScriptFile = (from: string, href: string) => {
    const loaded = load(from, href);
    if (!loaded) return;
    const text = loaded.text.toString('utf8');
    inspectScript(href, text);
    const fileUrl = new URL(href, `http://site.invalid${from}`).pathname;
    for (const [, imported] of text.matchAll(STATIC_IMPORT)) addScriptFile(fileUrl, imported!);
  };
  const addStylesheet = (from: string, href: string) => {
    const loaded = load(from, href);
    if (!loaded) return;
    const text = loaded.text.toString('utf8');
    weight.css += gzipSize(text);
    addCssReferences(new URL(href, `http://site.invalid${from}`).pathname, text);
  };
  const addCssReferences = (from: string, text: string) => {
    for (const [, imported] of text.matchAll(CSS_IMPORT)) addStylesheet(from, imported!);
    for (const [, url] of text.matchAll(CSS_URL)) {
      if (!FONT_FILE.test(url!)) continue;
      const font = load(from, url!);
      if (font) weight.fonts += gzipSize(font.text);
    }
  };

  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]'))
    addStylesheet(urlPath, link.getAttribute('href')!);
  for (const style of document.querySelectorAll('style')) {
    weight.css += gzipSize(style.textContent ?? '');
    addCssReferences(urlPath, style.textContent ?? '');
  }
  for (const link of document.querySelectorAll('link[rel~="preload"][as="font"][href]')) {
    const font = load(urlPath, link.getAttribute('href')!);
    if (font) weight.fonts += gzipSize(font.text);
  }
  for (const script of document.querySelectorAll('script')) {
    if (!SCRIPT_TYPES.has((script.getAttribute('type') ?? '').toLowerCase())) continue;
    const src = script.getAttribute('src');
    if (src) addScriptFile(urlPath, src);
    else {
      const text = script.textContent ?? '';
      inspectScript('inline <script>', text);
      if (REGISTRATION_MARKER.test(text)) weight.registration += gzipSize(text);
      for (const [, imported] of text.matchAll(STATIC_IMPORT)) addScriptFile(urlPath, imported!);
    }
  }
  for (const link of document.querySelectorAll('link[rel~="modulepreload"][href]'))
    addScriptFile(urlPath, link.getAttribute('href')!);
  return weight;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;

/** The page's first load (HTML, CSS and fonts) over its type's budget, as a line, or none. */
export function firstLoadProblems(
  path: string,
  type: PageType,
  weight: Pick<PageWeight, 'html' | 'css' | 'fonts'>,
): string[] {
  const total = weight.html + weight.css + weight.fonts;
  return total > type.maxTotal
    ? [
        `${path} (${type.name}): HTML+CSS+fonts ${kb(total)} > ${kb(type.maxTotal)} (HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, fonts ${kb(weight.fonts)})`,
      ]
    : [];
}

/** Every budget a page breaks, as "page: kind figure > limit" lines. */
export function budgetProblems(path: string, type: PageType, weight: PageWeight): string[] {
  const problems = firstLoadProblems(path, type, weight);
  if (weight.rawHtml > MAX_PAGE_HTML_BYTES)
    problems.push(
      `${path} (${type.name}): raw HTML ${kb(weight.rawHtml)} > ${kb(MAX_PAGE_HTML_BYTES)}; page the list or split the page`,
    );
  if (weight.elements > MAX_PAGE_ELEMENTS)
    problems.push(
      `${path} (${type.name}): ${weight.elements} elements > ${MAX_PAGE_ELEMENTS}; page the list or split the page`,
    );
  if (weight.css > MAX_CSS)
    problems.push(`${path} (${type.name}): CSS ${kb(weight.css)} > ${kb(MAX_CSS)}`);
  if (weight.registration > MAX_REGISTRATION_SCRIPT) {
    problems.push(
      `${path} (${type.name}): service worker registration snippet ${kb(weight.registration)} > ${kb(MAX_REGISTRATION_SCRIPT)}`,
    );
  }
  const ownScript = weight.script - weight.registration;
  if (ownScript > type.maxScript) {
    problems.push(
      `${path} (${type.name}): JavaScript on first load ${kb(ownScript)} besides the registration snippet > ${type.maxScript === 0 ? '0 (this page type needs none)' : kb(type.maxScript)}`,
    );
  }
  if (weight.chartCode.length)
    problems.push(
      `${path} (${type.name}): chart code on first load (${[...new Set(weight.chartCode)].join(', ')}); load it when the chart comes into view`,
    );
  if (weight.searchCode.length)
    problems.push(
      `${path} (${type.name}): search code on first load (${[...new Set(weight.searchCode)].join(', ')}); load it when the reader starts a search`,
    );
  return problems;
}

/**
 * Gzip bytes of the font files among `fetched`, the site paths a first visit to a page fetched in
 * Chromium (visitWithJavaScript in page-gates.ts): what the reader downloads to draw the whole page,
 * not only the first screen. Chromium here is on Linux, where none of the system fonts the
 * interface names first exist, so this is the most a reader downloads: a phone with Roboto or the
 * Apple system font skips the interface font.
 */
export function fontBytes(site: SiteFiles, fetched: readonly string[]): number {
  const base = site.base ?? '/';
  let bytes = 0;
  for (const path of new Set(fetched.filter((path) => FONT_FILE.test(path)))) {
    const file = join(site.root, decodeURIComponent(path.slice(base.length)));
    let size = fontSizes.get(file);
    if (size === undefined) {
      size = gzipSize(readFileSync(file));
      fontSizes.set(file, size);
    }
    bytes += size;
  }
  return bytes;
}
/** Font files are the same on every page: each is compressed once. */
const fontSizes = new Map<string, number>();
