import type { APIRoute } from 'astro';
import { adminPageHtml } from '../../lib/admin/page.ts';
import { ADMIN_CSP } from '../../lib/csp.ts';
import { siteSettings } from '../../data/site.ts';

/** The editing page (/admin/): Sveltia CMS from our own site, for editors (see HUONG-DAN-BIEN-TAP.md). */
export const GET: APIRoute = () =>
  new Response(adminPageHtml({ title: `Biên tập — ${siteSettings().name}`, csp: ADMIN_CSP }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
