import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lets the thread that renders pages go first: the calling worker thread (and any process it
 * starts afterwards, such as Pagefind's) runs at a lower priority. On a machine with few cores
 * the build's helpers (chart drawing, search indexing) would otherwise take turns with the
 * rendering thread, which every page waits for, rather than use the time it leaves free. Linux
 * gives each thread a priority of its own; elsewhere this does nothing.
 */
export function yieldToRendering(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(thread) && thread !== process.pid) setPriority(thread, 10);
  } catch {
    // No per-thread priority here (not Linux): the thread keeps the build's priority.
  }
}
