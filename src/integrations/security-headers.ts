import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_FOLDER, headersFile, sitePolicy } from '../lib/csp.ts';

/** The policy Astro wrote into a page: the content of its CSP <meta>. */
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** How much of a page is read for its policy: its <head>, where Astro writes the <meta>. */
const HEAD_BYTES = 64 * 1024;
const head = Buffer.alloc(HEAD_BYTES);

/**
 * The start of a page, enough to hold its head; the whole page when its policy is not found there
 * (a page's own <meta> is in its head, but the whole file decides). Reading only the head of each
 * page keeps a large site's HTML out of memory and off the CPU.
 */
function pageHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    // Only the head is decoded: a large string per page, however short-lived, adds up over 10,000 pages.
    const end = head.subarray(0, read).indexOf('</head>');
    const text = head.toString('utf8', 0, end < 0 ? read : end);
    return META_POLICY.test(text) ? text : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) once the pages are built: one
 * Content-Security-Policy made of the site pages' own <meta> policies, plus what only a header can
 * say (frame-ancestors) and the other security headers of src/lib/csp.ts; the editing page's rule
 * from its own policy. Written, never edited by hand, so the header can never allow what a page's
 * own policy forbids.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = (readdirSync(outDir, { recursive: true }) as string[])
          // The editing page keeps its own policy (its own rule in _headers).
          .filter((file) => file.endsWith('.html') && !file.startsWith(`${ADMIN_FOLDER}${sep}`))
          .flatMap((file) => {
            const policy = META_POLICY.exec(pageHead(join(outDir, file)))?.[1];
            return policy ? [policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"')] : [];
          });
        if (policies.length === 0) throw new Error('No page carries a Content-Security-Policy');
        writeFileSync(join(outDir, '_headers'), headersFile(sitePolicy(policies)));
        logger.info(`_headers written from the policies of ${policies.length} pages`);
      },
    },
  };
}
