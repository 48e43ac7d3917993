import { defineConfig } from 'vitest/config';

/** Tests of the built site in dist/ (run after `astro build`), as a reader gets it. */
export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Browser suites start Chromium; two cores do not gain from running files in parallel.
    fileParallelism: false,
  },
});
