import { defineConfig } from 'vitest/config';

/** Unit tests: pure TypeScript modules, no build needed. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // The modules under test are pure and no test changes them (no mocks, no stubbed globals), so
    // files share their workers instead of each starting one: a third less processor time.
    isolate: false,
    // npm test runs these beside the build and the site suites on two cores: a test that spawns a
    // command (`npm run check -- --github`) or draws an icon can wait several seconds for a core.
    testTimeout: 20_000,
    // Removes the folders each test file made (test/support/temporary-folder.ts) when it ends.
    setupFiles: ['test/support/remove-temporary-folders.ts'],
  },
});
