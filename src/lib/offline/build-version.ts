import { createHash } from 'node:crypto';

/**
 * The build's version for the service worker's caches (issue 17): a hash of every published file's
 * path and bytes. Two builds of the same site give the same version (builds are deterministic);
 * any change to any file gives a new one, and with it a new worker that replaces the old caches.
 */
export function buildVersion(
  files: Iterable<{ path: string; bytes: Uint8Array | (() => Uint8Array) }>,
): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    // Bytes given as a function are read one file at a time: a large site's files never sit in
    // memory all at once.
    const bytes = typeof file.bytes === 'function' ? file.bytes() : file.bytes;
    hash.update(`${file.path}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 12);
}
