// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The walls of the house (see DEVELOPERS.md): imports flow one way,
 *   domain <- content, storage <- ui (+ i18n) <- app; nothing imports app.
 * A wrong import fails `npm test`.
 */
const zones = [
  {
    target: './src/domain',
    from: ['./src/content', './src/storage', './src/i18n', './src/ui', './src/pwa', './src/app', './src/live'],
    message: 'src/domain is pure: it imports nothing of ours.',
  },
  {
    target: './src/content',
    from: ['./src/storage', './src/i18n', './src/ui', './src/pwa', './src/app'],
    message: 'src/content may import only src/domain.',
  },
  {
    target: './src/storage',
    from: ['./src/content', './src/i18n', './src/ui', './src/pwa', './src/app'],
    message: 'src/storage may import only src/domain.',
  },
  {
    target: './src/i18n',
    from: ['./src/content', './src/storage', './src/ui', './src/pwa', './src/app'],
    message: 'src/i18n may import only src/domain.',
  },
  {
    target: './src/ui',
    from: ['./src/content', './src/pwa', './src/app'],
    message: 'src/ui imports domain, storage and i18n only; app hands in the edition and wires pwa.',
  },
  {
    target: './src/live',
    from: ['./src/content', './src/storage', './src/i18n', './src/ui', './src/pwa', './src/app'],
    message: 'src/live may import only src/domain.',
  },
  {
    target: './src/pwa',
    from: ['./src/content', './src/storage', './src/ui', './src/app'],
    message: 'src/pwa may import only src/domain and src/i18n.',
  },
  {
    target: ['./src/domain', './src/content', './src/storage', './src/i18n', './src/ui', './src/pwa', './src/live'],
    from: './src/app',
    message: 'Nothing imports src/app: it is the composition root.',
  },
];

/*
 * No two ui features import each other: a feature (a folder of src/ui) imports only itself, src/ui/shared and
 * src/ui/routing; src/app joins features. The zones are made from the folders, so a new feature gets its wall.
 */
const UI_BASE = ['shared', 'routing'];
const features = readdirSync(`${import.meta.dirname}/src/ui`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !UI_BASE.includes(entry.name))
  .map((entry) => `./src/ui/${entry.name}`);
const featureZones = [
  ...features.map((feature) => ({
    target: feature,
    from: features.filter((other) => other !== feature),
    message:
      'A ui feature imports only itself, src/ui/shared and src/ui/routing: move what two features use to src/ui/shared, or let src/app join them.',
  })),
  { target: './src/ui/shared', from: features, message: 'src/ui/shared imports no feature (only src/ui/routing).' },
  {
    target: './src/ui/routing',
    from: [...features, './src/ui/shared'],
    message: 'src/ui/routing imports nothing else of src/ui.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', 'test-results', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...featureZones] }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react', importNames: ['default'], message: 'Use named imports from react.' }] },
      ],
    },
  },
  {
    // Only src/storage touches IndexedDB; only src/pwa touches the service worker; only src/live touches Yjs.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/live/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['idb', 'idb/*'], message: 'Only src/storage imports idb.' },
            { group: ['virtual:pwa-register*', 'workbox-window'], message: 'Only src/pwa touches the service worker.' },
            {
              group: ['yjs', 'yjs/*', '@hocuspocus/*', 'y-protocols', 'y-protocols/*'],
              message: 'Only src/live imports Yjs and the Hocuspocus provider.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['virtual:pwa-register*', 'workbox-window'], message: 'Only src/pwa touches the service worker.' },
            {
              group: ['yjs', 'yjs/*', '@hocuspocus/*', 'y-protocols', 'y-protocols/*'],
              message: 'Only src/live imports Yjs and the Hocuspocus provider.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/live/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['idb', 'idb/*'], message: 'Only src/storage imports idb.' },
            { group: ['virtual:pwa-register*', 'workbox-window'], message: 'Only src/pwa touches the service worker.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pwa/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['idb', 'idb/*'], message: 'Only src/storage imports idb.' },
            {
              group: ['yjs', 'yjs/*', '@hocuspocus/*', 'y-protocols', 'y-protocols/*'],
              message: 'Only src/live imports Yjs and the Hocuspocus provider.',
            },
          ],
        },
      ],
    },
  },
  {
    // Config files are loaded by tools that expect a default export.
    files: ['vite.config.ts', 'vitest.config.ts', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
