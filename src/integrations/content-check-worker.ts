import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../content-check/index.ts';

/**
 * The content check of a build, in a thread of its own (started by content-check.ts) so that Astro
 * reads the collections meanwhile: answers with every problem found (an empty list when none).
 */
parentPort?.postMessage(checkContent((workerData as { root: string }).root));
