import { afterEach, describe, expect, it } from 'vitest';
import { createIdbFavouritesStore, createMemoryFavouritesStore } from '../../src/storage/record-store';
import type { FavouritesStore } from '../../src/storage/record-store';
import { createIdbNotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A clock that moves one second per reading, so "latest first" is testable. */
function ticking(start = 1_700_000_000_000): () => number {
  let now = start;
  return () => (now += 1000);
}

function idbStore(now = ticking()) {
  const store = createIdbFavouritesStore({ now });
  closers.push(store.close);
  return store;
}

const stores: Array<[string, (now?: () => number) => FavouritesStore]> = [
  ['IndexedDB', idbStore],
  ['memory', (now) => createMemoryFavouritesStore([], { now: now ?? ticking() })],
];

// Both stores promise the same behaviour, so the UI can be handed either.
describe.each(stores)('%s favourites store', (_name, createStore) => {
  it('stars a card and lists it', async () => {
    const store = createStore();
    expect(await store.has('laerer-virksomhed-a')).toBe(false);
    await store.add('laerer-virksomhed-a');
    expect(await store.has('laerer-virksomhed-a')).toBe(true);
    expect((await store.list()).map((f) => f.cardId)).toEqual(['laerer-virksomhed-a']);
  });

  it('lists the latest starred first', async () => {
    const store = createStore();
    await store.add('a');
    await store.add('b');
    await store.add('c');
    expect((await store.list()).map((f) => f.cardId)).toEqual(['c', 'b', 'a']);
  });

  it('keeps when a card was first starred when it is starred again', async () => {
    const store = createStore();
    await store.add('a');
    const [first] = await store.list();
    await store.add('b');
    await store.add('a');
    expect((await store.list()).map((f) => [f.cardId, f.addedAt])).toEqual([
      ['b', (first?.addedAt ?? 0) + 1000],
      ['a', first?.addedAt],
    ]);
  });

  it('unstars a card', async () => {
    const store = createStore();
    await store.add('a');
    await store.remove('a');
    expect(await store.has('a')).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('tells subscribers after each change, until they unsubscribe', async () => {
    const store = createStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    await store.add('a');
    await store.remove('a');
    unsubscribe();
    await store.add('b');
    expect(calls).toBe(2);
  });
});

describe('favourites in IndexedDB', () => {
  it('outlive the connection: a new store (a reload) finds them', async () => {
    const first = idbStore();
    await first.add('laerer-virksomhed-a');
    await first.add('elev-laerer-b');
    first.close();
    const second = idbStore();
    expect((await second.list()).map((f) => f.cardId)).toEqual(['elev-laerer-b', 'laerer-virksomhed-a']);
  });

  it('live beside the notes in the same database without touching them', async () => {
    const notes = createIdbNotesStore();
    closers.push(notes.close);
    const note = buildNote({ cardId: 'a', text: 'Ring til Mette' });
    await notes.put(note);
    const favourites = idbStore();
    await favourites.add('a');
    expect(await notes.get('a')).toEqual(note);
    expect(await favourites.has('a')).toBe(true);
  });
});
