import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineEntryCss } from './scripts/inline-css-plugin';
import { contentPlugin } from './src/content/content-plugin';

const LAZY_MODULE = /node_modules\/workbox-window\/|virtual:pwa-register|src\/pwa\/|src\/ui\/(about\/|actors\/actor-(page|decks)|actors\/source-paragraphs|notes\/notes-page)|src\/i18n\/(resources-en|locales\/en\/)/;

export default defineConfig({
  plugins: [
    contentPlugin(),
    react(),
    inlineEntryCss(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // favicon.svg is matched by globPatterns; the manifest icons are added by the plugin.
      includeAssets: ['apple-touch-icon.png'],
      manifest: {
        name: 'Samarbejdskort – Det gode skole-virksomhedssamarbejde',
        short_name: 'Samarbejdskort',
        description:
          'Samarbejdskort fra Teknologipagtens symposium om det gode skole-virksomhedssamarbejde.',
        lang: 'da',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f3a5f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: ['es2022', 'safari15.4'],
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Whatever the first screen needs travels in one chunk (one request, one gzip stream);
          // only the lazy screens and the English strings are chunks of their own.
          groups: [{ name: 'app', test: (id: string) => !LAZY_MODULE.test(id) }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
