// @ts-check
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
  { target: './src/domain', from: ['./src/content', './src/storage', './src/i18n', './src/ui', './src/pwa', './src/app'], message: 'src/domain is pure: it imports nothing of ours.' },
  { target: './src/content', from: ['./src/storage', './src/i18n', './src/ui', './src/pwa', './src/app'], message: 'src/content may import only src/domain.' },
  { target: './src/storage', from: ['./src/content', './src/i18n', './src/ui', './src/pwa', './src/app'], message: 'src/storage may import only src/domain.' },
  { target: './src/i18n', from: ['./src/content', './src/storage', './src/ui', './src/pwa', './src/app'], message: 'src/i18n may import only src/domain.' },
  { target: './src/ui', from: ['./src/content', './src/pwa', './src/app'], message: 'src/ui imports domain, storage and i18n only; app hands in the edition and wires pwa.' },
  { target: './src/pwa', from: ['./src/content', './src/storage', './src/ui', './src/app'], message: 'src/pwa may import only src/domain and src/i18n.' },
  { target: ['./src/domain', './src/content', './src/storage', './src/i18n', './src/ui', './src/pwa'], from: './src/app', message: 'Nothing imports src/app: it is the composition root.' },
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
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': ['error', { paths: [{ name: 'react', importNames: ['default'], message: 'Use named imports from react.' }] }],
    },
  },
  {
    // Only src/storage touches IndexedDB; only src/pwa touches the service worker.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['idb', 'idb/*'], message: 'Only src/storage imports idb.' }, { group: ['virtual:pwa-register*', 'workbox-window'], message: 'Only src/pwa touches the service worker.' }] }],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['virtual:pwa-register*', 'workbox-window'], message: 'Only src/pwa touches the service worker.' }] }],
    },
  },
  {
    files: ['src/pwa/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['idb', 'idb/*'], message: 'Only src/storage imports idb.' }] }],
    },
  },
  {
    // Config files are loaded by tools that expect a default export.
    files: ['vite.config.ts', 'vitest.config.ts', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
