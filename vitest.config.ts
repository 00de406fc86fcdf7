import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Integration suites each start their own emulators; running them one file at a time keeps
    // two cores from being starved by two JVMs at once.
    fileParallelism: true,
  },
});
