import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the shipped site once into dist/ before any test reads it.
    globalSetup: ['tests/helpers/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
