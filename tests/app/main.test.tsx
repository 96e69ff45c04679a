import { screen } from '@testing-library/react';
import { act } from 'react';
import type * as ReactDomClient from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The roots main.tsx makes, so the test can take the app down before the page goes away.
const roots = vi.hoisted(() => [] as Root[]);
vi.mock('react-dom/client', async (importOriginal) => {
  const real = await importOriginal<typeof ReactDomClient>();
  return {
    ...real,
    createRoot: (...args: Parameters<typeof real.createRoot>) => {
      const root = real.createRoot(...args);
      roots.push(root);
      return root;
    },
    hydrateRoot: (...args: Parameters<typeof real.hydrateRoot>) => {
      const root = real.hydrateRoot(...args);
      roots.push(root);
      return root;
    },
  };
});

let holding: IDBDatabase | undefined;
afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  holding?.close();
  document.body.replaceChildren();
});

describe('main: the app as it starts', () => {
  it(
    'shows a database event that came before the first render (an older tab blocks the upgrade)',
    { timeout: 20_000 },
    async () => {
      // An older tab still on version 1 of the database that does not let go.
      holding = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('samarbejdskort', 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('notes', { keyPath: 'cardId' }).createIndex('by-updatedAt', 'updatedAt');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      // A deep link to a deck: the first render waits for the deck's code and the cards.
      window.history.replaceState(null, '', '/kort/virksomhed/laerer');
      const root = document.createElement('div');
      root.id = 'root';
      document.body.append(root);

      // Starting opens the database at once: "blocked" arrives while the first screen is still being prepared.
      await act(async () => {
        await import('../../src/app/main');
      });

      // The whole app loads here (its first screen and strings): give it the time a busy machine needs.
      expect(await screen.findByText(/ældre udgave af appen er åben/i, {}, { timeout: 15_000 })).toBeInTheDocument();
    },
  );
});
