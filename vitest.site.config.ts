import { defineConfig } from 'vitest/config';
import { PAGES_AT_ONCE } from './test/support/concurrency.ts';

/**
 * Tests of the built site, run after `astro build`: test/site/ reads dist/ as a reader gets it;
 * test/builds/ makes builds of its own (another content folder, a sub-path, broken content, the
 * benchmark corpus). `npm test` runs the two folders side by side, each as its own run of this
 * config (scripts/test.ts): a build keeps about one core busy, the browser suites the other.
 */
export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts', 'test/builds/**/*.test.ts'],
    // Gives the run an id, so that variants several suites read are built once (sharedBuild).
    globalSetup: ['test/support/test-run.ts'],
    // Removes the folders each test file made (test/support/temporary-folder.ts) when it ends.
    setupFiles: ['test/support/remove-temporary-folders.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One file at a time: the browser suites check several pages at once themselves (tests marked
    // concurrent, and test/support/concurrency.ts), which is what two cores can carry.
    fileParallelism: false,
    maxConcurrency: PAGES_AT_ONCE,
  },
});
