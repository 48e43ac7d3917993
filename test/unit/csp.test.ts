import { describe, expect, it } from 'vitest';
import { headersFile, parsePolicy, sitePolicy } from '../../src/lib/csp.ts';

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
    const file = headersFile(sitePolicy([home]));
    expect(file).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'; frame-ancestors 'none'$/m,
    );
    expect(file).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(file).not.toContain('unsafe-inline');
  });
});
