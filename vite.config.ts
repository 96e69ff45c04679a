import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { deepLinkPreload } from './scripts/deep-link-preload-plugin.ts';
import { inlineEntryCss } from './scripts/inline-css-plugin.ts';
import { CARDS_FILE_PATTERN } from './src/content/cards-file.ts';
import { contentPlugin } from './src/content/content-plugin.ts';

/*
 * The first screen (start page and deck, with notes) ships as one chunk: one request, one gzip
 * stream. List here only what that screen needs; everything else (secondary screens, English
 * strings, the service worker prompt, new features) is split by Rollup's defaults and loads on
 * demand. `npm run size` keeps the first screen within its budget.
 */
const FIRST_SCREEN_MODULE = new RegExp(
  [
    String.raw`node_modules/(react|react-dom|scheduler|i18next|react-i18next|idb)/`,
    String.raw`src/app/`,
    String.raw`src/domain/(actor|card|edition|text|select-deck|split-edition|cards-by-id|deck-of)\.ts`,
    // Briefs, starred cards and own decks are stored only by screens that load on demand.
    String.raw`src/storage/(?!briefs-store|memory-briefs-store|(memory-)?(favourites|decks)-store|cached-connection|backup-|request-persistence|memory-notes-store)`,
    String.raw`src/content/ship-edition\.ts`,
    String.raw`virtual:content-edition`,
    String.raw`src/i18n/(create-i18n|resources)\.ts`,
    // Not lazy/: those strings load with their feature (src/i18n/lazy-namespaces.ts).
    String.raw`src/i18n/locales/da/(?!lazy/)`,
    String.raw`src/ui/(edition-context|shell/(?!not-found)|routing/|start/)`,
    String.raw`src/ui/notes/(?!notes-page|use-notes-list|note-field|use-note\.|notes-db-notice)`,
    String.raw`src/ui/actors/(actor-badge|actor-name|use-lang|errata-list|pair-link|deck-size|use-pair-name)`,
    // Only the install menu item (it must not appear late); the rest of src/ui/install loads after.
    String.raw`src/ui/install/(install-menu-item|install-offer-context|install-way)\.`,
  ].join('|'),
);

export default defineConfig({
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: '/scripts/use-sync-external-store-shim.ts' }],
  },
  plugins: [
    // A synthetic edition for `npm run bench` (scripts/generate-edition.ts); never set for a real build.
    contentPlugin(process.env.SAMARBEJDSKORT_CONTENT_DIR ? { contentDir: process.env.SAMARBEJDSKORT_CONTENT_DIR } : {}),
    react(),
    inlineEntryCss(),
    // A shared deck link fetches the deck's chunk with the entry's, not after it.
    deepLinkPreload([{ pathPrefix: '/kort/', module: 'src/ui/deck/deck-page.tsx', data: [CARDS_FILE_PATTERN] }]),
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
      output: {
        codeSplitting: {
          // Whatever the first screen needs travels in one chunk (one request, one gzip stream);
          // only the lazy screens and the English strings are chunks of their own.
          groups: [{ name: 'app', test: (id: string) => FIRST_SCREEN_MODULE.test(id.replace(/\\/g, '/')) }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
