import { createHash } from 'node:crypto';
import { TEXT_SIZE_BOOT_SCRIPT } from './text-size.ts';

/**
 * The site's Content-Security-Policy: nothing from any other site. Astro adds the hashes of the
 * scripts and styles it bundles to script-src/style-src in each page's <meta>; public/_headers
 * repeats these directives as an HTTP header for hosts that read it (a test keeps them in step).
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
 * photos from memory (blob:) and reads its own inline logo (data:). public/_headers repeats this
 * for /admin/* (a test keeps them equal).
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
