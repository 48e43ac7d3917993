// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

// SITE_BASE lets the same build run under a sub-path (e.g. GitHub Pages: "/repo-name/").
// SITE_OUT_DIR lets tests build variants side by side without clobbering dist/;
// SITE_CACHE_DIR gives such a build its own content cache (the benchmark measures cold builds).
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Official texts are copied verbatim: no "smart" quotes or ellipses rewritten by Markdown.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [contentCheck(), mdx()],
  vite: { plugins: [tailwindcss()] },
});
