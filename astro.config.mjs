// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { charts } from './src/integrations/charts.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { fonts } from './src/integrations/fonts.ts';
import { dropHeadInjectDirective } from './src/integrations/head-inject-directive.ts';
import { lineEndings } from './src/integrations/line-endings.ts';
import { mdxGuard } from './src/integrations/mdx-guard.ts';
import { offline } from './src/integrations/offline.ts';
import { pageSize } from './src/integrations/page-size.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_HASHES, CSP_SCRIPT_SOURCES } from './src/lib/csp.ts';
import { MARKDOWN_FEATURES } from './src/lib/mdx/parse.ts';
import { configuredAddress } from './src/lib/public-address.ts';

// SITE_BASE lets the same build run under a sub-path (e.g. GitHub Pages: "/repo-name/").
// SITE_OUT_DIR lets tests build variants side by side without clobbering dist/;
// SITE_CACHE_DIR gives such a build its own content cache (the benchmark measures cold builds).
// SITE_URL is the public address (canonical links, sitemap, feeds); without it, `url` in
// content/trang-web.yaml is used. A build with neither stops (src/integrations/public-address.ts)
// unless it names a local address itself (`astro build --site …`, as `npm start` and `npm test` do).
const contentDir = process.env.SITE_CONTENT_DIR || 'content';
const settingsFile = `${contentDir}/trang-web.yaml`;
// A broken or missing settings file is reported by the content check; here it only means "no url".
/** @type {unknown} */
const settings = existsSync(settingsFile)
  ? parseDocument(readFileSync(settingsFile, 'utf8')).toJS()
  : undefined;

export default defineConfig({
  site: configuredAddress(process.env.SITE_URL, settings),
  base: process.env.SITE_BASE || '/',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Another content folder gets a cache of its own, beside it (a test's temporary copy takes its
  // cache away with it): Astro's content cache holds the entries, and their image paths, of the
  // folder it last read, which must never leak into a build of another.
  cacheDir:
    process.env.SITE_CACHE_DIR ||
    (contentDir === 'content' ? './node_modules/.astro' : `${resolve(contentDir)}-astro-cache`),
  trailingSlash: 'always',
  // Lossless HTML-aware compression: Astro 7's default ('jsx') drops a line break between a word
  // and an element or expression, gluing words together ("CHỦ TỊCHHoang"). Source line breaks
  // are then free for formatting.
  compressHTML: true,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // MDX is read with the features the content checker parses with (no "smart" quotes: official
  // texts are verbatim), and every tree passes the guard that refuses code before it is compiled.
  // No syntax highlighting: Shiki colours code with inline styles, which the CSP below blocks.
  markdown: {
    processor: satteri({ features: { ...MARKDOWN_FEATURES }, mdastPlugins: [mdxGuard()] }),
    syntaxHighlight: false,
  },
  integrations: [
    contentCheck(),
    publicAddress(settingsFile),
    fonts(),
    lineEndings(),
    mdx(),
    charts(),
    sitemap(),
    // Before the search index: a build with a page over the size cap stops without indexing it.
    pageSize(),
    searchIndex(),
    securityHeaders(),
    // offline() comes last: it reads every file the others write.
    offline(),
  ],
  vite: {
    plugins: [tailwindcss(), dropHeadInjectDirective()],
    // Fonts stay files: inlined as data: URIs they would be blocked by the CSP (font-src 'self'),
    // and downloaded by every page whether it uses them or not.
    build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
  },
  // Nothing from any other site (see src/lib/csp.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_SOURCES, hashes: CSP_SCRIPT_HASHES },
    },
  },
});
