import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentReader } from './types.ts';

/** The content folder on disk, as the templates read it. */
export const contentReaderAt = (contentDir: string): ContentReader => ({
  read: (path) =>
    existsSync(join(contentDir, path)) ? readFileSync(join(contentDir, path), 'utf8') : undefined,
  list: (dir) =>
    existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir)).sort() : [],
});
