import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships both an ES module (index.mjs) and CommonJS (index.js). Node, and so every
    // externalised dependency (type-graphql, Apollo), loads the CommonJS one; Vite's resolver would
    // give our own files the ES one, and two copies of graphql break `instanceof` checks.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
