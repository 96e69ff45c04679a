import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';

// findBy* and waitFor give up after 1 s by default: a round trip through IndexedDB and React can
// take longer while other work shares the two cores. Same reasoning as testTimeout (vitest.config.ts).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // A fresh, empty database for every test.
  globalThis.indexedDB = new IDBFactory();
  globalThis.localStorage?.clear();
});

// jsdom applies the browser's popover rules (a closed popover is display: none) but not the app's
// stylesheets, which show the header's menu as a row on a wide screen: these tests see a wide screen.
// Files that run in Node (// @vitest-environment node: build, lint, server) have no document.
if (typeof document !== 'undefined') {
  const wideHeader = document.createElement('style');
  // jsdom ranks its own popover rule above an author's rule of lower specificity: hence !important.
  wideHeader.textContent = '.shell-nav[popover] { display: block !important; }';
  document.head.append(wideHeader);
}
