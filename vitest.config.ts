import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      // Pure logic: no build needed (`npx vitest run --project unit`).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Built site and browser: one real production build of the shipped content into dist/ first.
      // Files run one at a time: fixture builds and `astro check` all rewrite the project's
      // .astro/ folder, which Astro does not let us move.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-site.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
