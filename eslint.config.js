// @ts-check
// ESLint for the whole project: JavaScript + typescript-eslint's type-aware recommended rules for
// .ts/.mjs/.js, eslint-plugin-astro's recommended rules for .astro components (their frontmatter and
// <script> tags). Formatting is Prettier's job (`npm run lint` runs both), so no stylistic rules here.
// The type-aware rules need the types Astro generates into .astro/, so `npm run lint` runs `astro sync` first.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, caches, scratch work and anything a test or the bench generates.
  globalIgnores(['dist/', 'lib/', '.astro/', 'node_modules/', '.bench/', '.scratch/', '.cache/', 'test-results/', 'tests/fixtures/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      // Build code, commands and tests run on Node; src/client/ is the browser (below).
      globals: globals.node,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },

  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests dig into parsed JSON/XML output and use expect.* matchers (typed `any`); the expect() calls are the checks.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  {
    // Imports .astro components, which plain TypeScript (and so typescript-eslint) cannot resolve; `astro check` types it.
    files: ['src/components/parts/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },

  // .astro files (and the virtual .ts files eslint-plugin-astro makes of their <script> tags) are not
  // part of the TypeScript program ESLint's project service sees, so only the syntactic rules apply
  // there; `astro check` type-checks them.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
