import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkModules } from './scripts/chunk-modules-plugin.ts';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { inlineEntryCss } from './scripts/inline-css-plugin.ts';
import { prerenderPages } from './scripts/prerender-plugin.ts';
import { CARDS_FILE_PATTERN } from './src/content/cards-file.ts';
import { contentPlugin } from './src/content/content-plugin.ts';
import { RUNTIME_STYLES } from './src/ui/shared/page-rules.ts';

export default defineConfig({
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: '/scripts/use-sync-external-store-shim.ts' }],
  },
  plugins: [
    // A synthetic edition for `npm run bench` (scripts/generate-edition.ts); never set for a real build.
    contentPlugin(process.env.SAMARBEJDSKORT_CONTENT_DIR ? { contentDir: process.env.SAMARBEJDSKORT_CONTENT_DIR } : {}),
    react(),
    // dist/.vite/chunk-modules.json: which modules each chunk holds, for `npm run size`.
    chunkModules(),
    inlineEntryCss(),
    // Every first screen as HTML (React's server renderer), the entry script after the first paint.
    // A deck page carries the deck's stylesheet and fetches its chunk and the cards with the entry.
    prerenderPages({
      pages: !process.env.SAMARBEJDSKORT_CONTENT_DIR,
      screens: [{ pathPrefix: '/kort/', module: 'src/ui/deck/deck-page.tsx', data: [CARDS_FILE_PATTERN] }],
    }),
    // Last of the HTML rewrites: hashes every inline script and style of every emitted page.
    // SAMARBEJDSKORT_LIVE_ORIGIN: a live-room server the app may connect to (e.g. wss://rum.example.dk).
    contentSecurityPolicy({
      connectSrc: process.env.SAMARBEJDSKORT_LIVE_ORIGIN?.split(' ').filter(Boolean) ?? [],
      styles: RUNTIME_STYLES,
    }),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // favicon.svg is matched by globPatterns; the manifest icons are added by the plugin.
      includeAssets: ['apple-touch-icon.png'],
      manifest: {
        name: 'Samarbejdskort – Det gode skole-virksomhedssamarbejde',
        short_name: 'Samarbejdskort',
        description: 'Samarbejdskort fra Teknologipagtens symposium om det gode skole-virksomhedssamarbejde.',
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
        // Each card's own page (33 x ~7 kB gzip) would burst the precache budget: offline, a card's
        // address gets index.html, which the client draws as that card (src/app/main.tsx).
        // The live room's sync engine (Yjs + provider, ~31 kB gzip) is only of use with a live-room
        // server on the network: it loads from there when a room is joined, not into every install.
        globIgnores: ['kort/*/*/*.html', 'assets/live-room-*.js'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // A synthetic bench edition (SAMARBEJDSKORT_CONTENT_DIR) makes index.html far bigger than a real one.
        ...(process.env.SAMARBEJDSKORT_CONTENT_DIR ? { maximumFileSizeToCacheInBytes: 64 * 1024 * 1024 } : {}),
      },
    }),
  ],
  build: {
    // The support target (package.json "browserslist", README "Supported browsers"): syntax down to
    // Safari/iPadOS 15.4; newer APIs are feature-detected (tests/build/support-target.test.ts).
    target: ['es2022', 'safari15.4'],
    sourcemap: false,
    // Browsers without modulepreload just load the chunks a moment later; no polyfill on the first screen.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The boundary is drawn by import() in the code: whatever the entry imports statically is the
      // first screen and travels as one chunk (one request, one gzip stream; without this group
      // Rolldown splits what lazy screens share with it into 7 more chunks, 1.5 kB gzip more).
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  preview: { port: 4173, strictPort: false },
});
