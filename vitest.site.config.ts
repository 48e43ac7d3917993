import { defineConfig } from 'vitest/config';
import { PAGES_AT_ONCE } from './test/support/concurrency.ts';

/** Tests of the built site in dist/ (run after `astro build`), as a reader gets it. */
export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts'],
    // Gives the run an id, so that variants several suites read are built once (sharedBuild).
    globalSetup: ['test/support/test-run.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One file at a time: the browser suites check several pages at once themselves (tests marked
    // concurrent, and test/support/concurrency.ts), which is what two cores can carry.
    fileParallelism: false,
    maxConcurrency: PAGES_AT_ONCE,
  },
});
