import { createHash } from 'node:crypto';
import { TEXT_SIZE_BOOT_SCRIPT } from './text-size.ts';

/**
 * The site's Content-Security-Policy: nothing from any other site. Astro adds the hashes of the
 * scripts and styles it bundles to script-src/style-src in each page's <meta>. The HTTP headers
 * for hosts that read `_headers` (Netlify, Cloudflare Pages) are not written by hand: the build
 * writes them (src/integrations/security-headers.ts, `headersFile` below) from the pages' own
 * policies, so header and <meta> are one policy and neither allows what the other forbids.
 * Pagefind (search) compiles WebAssembly ('wasm-unsafe-eval') and may start a worker from a blob.
 * worker-src 'self' also lets pages register the offline service worker (sw.js, issue 17); its
 * registration snippet is an Astro-processed script, so Astro hashes it like the others.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** The hash that allows one inline script, as Astro's config takes it ("sha256-…"); a browser hashes the exact text. */
export function inlineScriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/**
 * Inline scripts Astro does not bundle (and so does not hash itself): the text-size boot script,
 * which must run in <head> before the page is drawn.
 */
export const CSP_SCRIPT_HASHES = [inlineScriptHash(TEXT_SIZE_BOOT_SCRIPT)];

/**
 * The editing page's policy (/admin/, for editors): Sveltia CMS is one script from our own site,
 * talks to GitHub's API and nothing else. It styles itself at run time (inline <style>), previews
 * photos from memory (blob:) and reads its own inline logo (data:). The build's `_headers` repeats
 * it for /admin/* (a test keeps them equal).
 */
export const GIT_HOST_API = 'https://api.github.com';

export const ADMIN_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' data: blob: ${GIT_HOST_API}`,
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The editing page's policy as one header or <meta> value. */
export const ADMIN_CSP = ADMIN_CSP_DIRECTIVES.join('; ');

/** Where the editing page is, under the site's base: its files keep their own policy. */
export const ADMIN_FOLDER = 'admin';

/**
 * What only an HTTP header can say: a <meta> policy cannot forbid other sites to show the pages in
 * a frame (frame-ancestors), so it is added to every header policy.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The other security headers every page is served with, where the host reads `_headers`. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** A policy as directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Reads a policy ("default-src 'self'; img-src 'self' data:"). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export const formatPolicy = (policy: Policy): string =>
  [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** A policy with the header-only directives added. */
function withHeaderOnly(policy: Policy): string {
  for (const [name, sources] of parsePolicy(HEADER_ONLY_DIRECTIVES.join(';')))
    policy.set(name, sources);
  return formatPolicy(policy);
}

/**
 * The one policy for every page of the site, from the pages' own <meta> policies: each directive
 * with every source any page allows (the pages differ only in the hashes of their own scripts and
 * styles), and the header-only directives. A browser enforces both the header and a page's <meta>,
 * so each page gets exactly its own policy, plus frame-ancestors.
 */
export function sitePolicy(pagePolicies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const policy of pagePolicies.map(parsePolicy))
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  return withHeaderOnly(merged);
}

/** The editing page's header policy: its own, plus the header-only directives. */
export const adminHeaderPolicy = (): string => withHeaderOnly(parsePolicy(ADMIN_CSP));

/**
 * The `_headers` file (Netlify, Cloudflare Pages): every path gets the site's policy and the other
 * security headers; the editing page gets its own policy instead. "! Content-Security-Policy"
 * drops the site-wide policy there on Cloudflare Pages, which would otherwise send both (a browser
 * applies both, and the stricter one blocks GitHub); Netlify serves the later, more specific
 * rule's value and ignores that line.
 */
export function headersFile(policy: string): string {
  return [
    '# Written by the build from the policy of every page (src/lib/csp.ts); do not edit.',
    '/*',
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
    '# The editing page (/admin/, for editors; see HUONG-DAN-BIEN-TAP.md): its own policy.',
    `/${ADMIN_FOLDER}/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminHeaderPolicy()}`,
    '  X-Robots-Tag: noindex, nofollow',
    '',
  ].join('\n');
}
