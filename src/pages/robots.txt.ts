import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls.ts';

/** Every page may be indexed; the sitemap lists them all. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
