import { memoized } from '../lib/memoized.ts';

/**
 * A collection read, kept for the rest of the build: pages ask for the same sorted lists again and
 * again (every story page for every story, every plan page for every target), and Astro's
 * getCollection resolves every entry afresh on each call. Like the progress figures
 * (src/data/progress.ts), the list is read once per build (in `astro dev` a content change
 * reloads this module with astro:content). Each caller gets its own copy of the list, to sort
 * or cut as it likes; the entries themselves are shared and never changed.
 */
export function keptList<T>(load: (key: string) => Promise<T[]>): (key?: string) => Promise<T[]> {
  const kept = memoized(load);
  return async (key = '') => [...(await kept(key))];
}
