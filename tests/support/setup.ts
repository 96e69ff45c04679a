import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // A fresh, empty database for every test.
  globalThis.indexedDB = new IDBFactory();
  globalThis.localStorage?.clear();
});
