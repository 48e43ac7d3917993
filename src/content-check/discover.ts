import { existsSync } from 'node:fs';
import { globSync } from 'tinyglobby';

/**
 * The files of a content type's folder that Astro publishes: its `pattern` matched by tinyglobby
 * with the options of Astro's glob() loader (astro/dist/content/loaders/glob.js), so whatever a
 * pattern matches ("*.mdx", "*\/*.mdx", "**\/*.mdx") is checked exactly where Astro loads it.
 * Paths are relative to `dir`, with "/" on every system, sorted.
 */
export function matchingFiles(dir: string, pattern: string): string[] {
  if (!existsSync(dir)) return [];
  return globSync(pattern, { cwd: dir, expandDirectories: false }).sort();
}

/**
 * The files sitting where a pattern looks, whatever their extension and even when hidden
 * (".draft.mdx"): a file found here but not by `matchingFiles` is in the right place under a
 * name Astro skips, so the editor is told to rename it rather than to move it.
 */
export function filesInPlace(dir: string, pattern: string): string[] {
  if (!existsSync(dir)) return [];
  const anyExtension = pattern.replace(/\.[^./*]+$/, '.*');
  return globSync(anyExtension, { cwd: dir, expandDirectories: false, dot: true }).sort();
}
