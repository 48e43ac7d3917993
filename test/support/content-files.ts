import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Reads content files directly (not through the site's code), so tests compare what the site
 * shows with what the editors wrote.
 */
export interface ContentFile {
  id: string;
  data: Record<string, unknown> & {
    title?: string;
    number?: string;
    plan?: string;
    themes?: string[];
  };
  body: string;
}

export function readMdxFolder(folder: string, depth: 0 | 1): ContentFile[] {
  const dir = join(process.cwd(), 'content', folder);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => path.endsWith('.mdx') && path.split('/').length === depth + 1)
    .sort()
    .map((path) => {
      const text = readFileSync(join(dir, path), 'utf8');
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return { id: path.replace(/\.mdx$/, ''), data: parse(yaml) as ContentFile['data'], body };
    });
}

export function readYamlList(file: string): Record<string, string>[] {
  return parse(readFileSync(join(process.cwd(), 'content', file), 'utf8')) as Record<
    string,
    string
  >[];
}

export function readContentText(path: string): string {
  return readFileSync(join(process.cwd(), 'content', path), 'utf8');
}

/** "II.2.4" → "muc-ii-2-4", written out here so the tests do not borrow the site's own helper. */
export const anchorOf = (number: string) => `muc-${number.toLowerCase().replaceAll('.', '-')}`;
