// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint rules for all code (content/ holds no code). Type-checked rules from typescript-eslint,
 * Astro's recommended rules for .astro files. Formatting is Prettier's job, not ESLint's.
 */
export default tseslint.config(
  {
    ignores: [
      '**/.astro/',
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'reports/',
      // npm run bench writes its corpora and their builds here.
      '.bench/',
      'test/fixtures/',
      'content/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Numbers in messages ("dòng 12") are the norm here; objects and undefined are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Tests make their folders with test/support/temporary-folder.ts, which removes them when the
    // test file ends: folders the tests made themselves were never removed (21 GB in /tmp).
    files: ['test/**/*.ts'],
    ignores: ['test/support/temporary-folder.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'os', 'node:os'].map(
            (name) => ({
              name,
              importNames: ['mkdtemp', 'mkdtempSync', 'tmpdir'],
              message:
                'use temporaryFolder() or projectFolder() from test/support/temporary-folder.ts: they remove the folder when the test file ends.',
            }),
          ),
        },
      ],
    },
  },
  {
    // astro-eslint-parser types template expressions (JSX) as `error`: the no-unsafe rules would
    // flag every `.map(() => <li/>)`. Frontmatter code keeps all other type-checked rules.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
