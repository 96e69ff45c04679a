import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/content/content-plugin';

export default defineConfig({
  plugins: [contentPlugin({ embed: 'module' }), react()],
  resolve: {
    alias: {
      'virtual:pwa-register/react': fileURLToPath(new URL('./tests/support/pwa-register-stub.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // Most tests here render a whole screen in jsdom, type into it key by key and run axe: about a
    // second alone, many times that while other work shares the two cores (load average 5 and up).
    // A busy machine must not fail the suite; a test that hangs still fails, after 30 s.
    testTimeout: 30_000,
  },
});
