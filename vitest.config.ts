import { defineConfig } from 'vitest/config';

/** Unit tests: pure TypeScript modules, no build needed. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // The modules under test are pure and no test changes them (no mocks, no stubbed globals), so
    // files share their workers instead of each starting one: a third less processor time.
    isolate: false,
  },
});
