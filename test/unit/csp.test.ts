import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, headersFile, parsePolicy, sitePolicy } from '../../src/lib/csp.ts';

describe('one Content-Security-Policy for the <meta> of each page and the HTTP header', () => {
  const home = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'";
  const search =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-B'; style-src 'self' 'sha256-S'";

  it('allows in the header what some page allows, and only that, plus frame-ancestors', () => {
    expect(parsePolicy(sitePolicy([home, search]))).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['script-src', ["'self'", "'sha256-A'", "'wasm-unsafe-eval'", "'sha256-B'"]],
        ['style-src', ["'self'", "'sha256-S'"]],
        ['frame-ancestors', ["'none'"]],
      ]),
    );
  });

  it('reads a policy whatever its spacing and case', () => {
    expect(parsePolicy("  Default-Src 'self' ;img-src  'self' data: ;")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
      ]),
    );
  });

  it('writes _headers for every path, with the policy and the other security headers', () => {
    const [siteRule, adminRule] = headersFile(sitePolicy([home]))
      .split(/^(?=\/)/m)
      .slice(1);
    expect(siteRule).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'; frame-ancestors 'none'$/m,
    );
    expect(siteRule).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(siteRule).not.toContain('unsafe-inline');
    // The editing page keeps its own policy, the site's dropped, frame-ancestors added.
    expect(adminRule).toBe(
      `/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${ADMIN_CSP}; frame-ancestors 'none'\n  X-Robots-Tag: noindex, nofollow\n`,
    );
  });
});
