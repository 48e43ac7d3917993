/**
 * The site's Content-Security-Policy: nothing from any other site. Astro adds the hashes of the
 * scripts and styles it bundles to script-src/style-src in each page's <meta>. The HTTP header for
 * hosts that read `_headers` (Netlify, Cloudflare Pages) is not written by hand: the build writes
 * it from the pages' own policies (src/integrations/security-headers.ts, `headersFile` below), so
 * header and <meta> are one policy and neither allows what the other forbids.
 * Pagefind (search) compiles WebAssembly ('wasm-unsafe-eval') and may start a worker from a blob.
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

/**
 * What only an HTTP header can say: a <meta> policy cannot forbid other sites to show the pages in
 * a frame (frame-ancestors), so it is added to the header's policy.
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

/**
 * The one policy for every page, from the pages' own <meta> policies: each directive with every
 * source any page allows (the pages differ only in the hashes of their own scripts and styles),
 * and the header-only directives. A browser enforces both the header and a page's <meta>, so each
 * page gets exactly its own policy, plus frame-ancestors.
 */
export function sitePolicy(pagePolicies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const policy of pagePolicies.map(parsePolicy))
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  for (const [name, sources] of parsePolicy(HEADER_ONLY_DIRECTIVES.join(';')))
    merged.set(name, sources);
  return formatPolicy(merged);
}

/** The `_headers` file (Netlify, Cloudflare Pages): every path gets the policy and the headers. */
export function headersFile(policy: string): string {
  return [
    '# Written by the build from the policy of every page (src/lib/csp.ts); do not edit.',
    '/*',
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}
