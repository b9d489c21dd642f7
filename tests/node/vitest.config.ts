import { defineConfig } from 'vitest/config';
import { viteAliases } from '../../build/aliases.mjs';

export default defineConfig({
  resolve: { alias: viteAliases() },
  test: {
    include: ['tests/node/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
