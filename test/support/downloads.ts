import { readPage } from '../../scripts/support/dist.ts';

/**
 * A download split into parts (src/lib/downloads.ts), read as a program would: the index at its
 * address, then every part it lists. `records` are the parts' records, in order.
 */
export function dataset(
  dir: string | undefined,
  indexPath: string,
  key: string,
): {
  index: { total: number; partSize: number; parts: { url: string; count: number }[] };
  parts: Record<string, unknown>[];
  records: Record<string, unknown>[];
} {
  const read = (path: string) => JSON.parse(readPage(path, dir)) as Record<string, unknown>;
  const index = read(indexPath) as ReturnType<typeof dataset>['index'];
  const parts = index.parts.map((part) => read(part.url));
  return { index, parts, records: parts.flatMap((part) => part[key] as Record<string, unknown>[]) };
}
