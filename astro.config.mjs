// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { contentCheck } from './src/integrations/content-check.ts';
import { lineEndings } from './src/integrations/line-endings.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES } from './src/lib/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE_BASE lets the same build run under a sub-path (e.g. GitHub Pages: "/repo-name/").
// SITE_OUT_DIR lets tests build variants side by side without clobbering dist/;
// SITE_CACHE_DIR gives such a build its own content cache (the benchmark measures cold builds).
// SITE_URL is the public address (canonical links, sitemap); without it, `url` in
// content/trang-web.yaml is used, and failing that a local address.
const contentDir = process.env.SITE_CONTENT_DIR || 'content';
const settingsFile = `${contentDir}/trang-web.yaml`;
// A broken or missing settings file is reported by the content check; here it only means "no url".
/** @type {unknown} */
const settings = existsSync(settingsFile)
  ? parseDocument(readFileSync(settingsFile, 'utf8')).toJS()
  : undefined;
const settingsUrl =
  settings && typeof settings === 'object' && 'url' in settings ? settings.url : undefined;
const configuredUrl = typeof settingsUrl === 'string' ? settingsUrl : undefined;

export default defineConfig({
  site: process.env.SITE_URL || configuredUrl || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Lossless HTML-aware compression: Astro 7's default ('jsx') drops a line break between a word
  // and an element or expression, gluing words together ("CHỦ TỊCHHoang"). Source line breaks
  // are then free for formatting.
  compressHTML: true,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Official texts are copied verbatim: no "smart" quotes or ellipses rewritten by Markdown.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [contentCheck(), lineEndings(), mdx(), sitemap(), searchIndex()],
  vite: { plugins: [tailwindcss()] },
  // Nothing from any other site (see src/lib/csp.ts).
  security: {
    csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: CSP_SCRIPT_SOURCES } },
  },
});
