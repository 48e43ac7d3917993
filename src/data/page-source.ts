import { existsSync } from 'node:fs';
import { pageSourceCandidates } from '../lib/source-links.ts';

/** The file in src/pages/ that builds a route ("Sửa trang này" of pages without a content file). */
export function pageSourceFile(routePattern: string): string | undefined {
  return pageSourceCandidates(routePattern).find((file) => existsSync(file));
}
