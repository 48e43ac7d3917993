import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site under test: dist/, or SITE_OUT_DIR when a test builds a variant. */
export const distDir = process.env.SITE_OUT_DIR ?? join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`No built site in ${distDir}: run "npm run build:local" first.`);
}

/** What a reader gets at a site path: "/ke-hoach/" (its index.html) or a file such as "/du-lieu/chi-tieu.json"; of dist/ or another built site. */
export function readPage(path: string, dir = distDir): string {
  const isFile = /\.[a-z0-9]+$/i.test(path);
  const file = join(dir, path.replace(/^\//, ''), isFile ? '' : 'index.html');
  return readFileSync(file, 'utf8');
}

/**
 * The editing page (/admin/) is for editors, not readers: Sveltia CMS's own interface, with its own
 * policy and tests (test/site/admin-*.test.ts). The reader-page gates (axe, keyboard, no
 * JavaScript, byte budgets, layout, text spacing) do not apply to a third-party application.
 */
export const EDITOR_PAGES = ['/admin/'];

/** Every HTML page readers get, as site paths ("/", "/ke-hoach/", …), excluding Pagefind's own files and the editing page. */
export function listPages(dir = distDir): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter(
      (file) =>
        file.endsWith('.html') &&
        !file.startsWith('pagefind') &&
        !EDITOR_PAGES.some((page) => `/${file}`.startsWith(page)),
    )
    .map((file) => `/${relative(dir, join(dir, file)).replace(/index\.html$/, '')}`)
    .sort();
}

/** Every file of a built site with the SHA-256 of its bytes, to compare two builds file by file. */
export const fingerprint = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file): [string, string] => [
        relative(dir, file),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
