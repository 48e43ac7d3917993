import { defineConfig } from 'vitest/config';

/** Unit tests: pure TypeScript modules, no build needed. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
  },
});
