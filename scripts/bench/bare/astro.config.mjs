// @ts-check
// The floor for this stack: Astro 7 + MDX with the same Markdown settings as the site, and nothing
// of ours (no layout, no components, no content checker, no CSS). `npm run bench` builds the same
// corpus with this config and with the site's, and reports the ratio.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
});
