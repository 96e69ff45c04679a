import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/content/content-plugin.ts';

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
    // second alone; the heaviest (prep-flow, own-decks) took 32 s beside another `npm run test:unit`
    // at load average 30 on the two cores. A busy machine must not fail the suite; a hang still does.
    testTimeout: 60_000,
  },
});
