import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'server-only': path.join(root, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts?(x)'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: the supervisor and CLI tests spawn their own processes.
          maxWorkers: 2,
          // next-auth imports 'next/server' without an extension, which Node's own loader refuses;
          // through Vite it resolves, so route handlers can be called as Next.js calls them.
          server: { deps: { inline: ['next-auth'] } },
        },
      },
    ],
  },
});
