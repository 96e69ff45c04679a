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
  },
});
