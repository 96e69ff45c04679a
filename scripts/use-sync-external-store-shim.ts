/*
 * react-i18next imports `use-sync-external-store/shim`, the hook's stand-in for React before 18
 * (with the check that picks it: ~0.4 kB gzip on the first screen). React 19 has the hook itself:
 * vite.config.ts resolves the shim to this module (tests/build/use-sync-external-store.test.ts).
 */
export { useSyncExternalStore } from 'react';
