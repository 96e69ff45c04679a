import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, DECKS_STORE } from '../../src/storage/local-db';
import { createIdbDecksStore, createMemoryDecksStore, readOwnDeck } from '../../src/storage/record-store';
import type { DecksStore, OwnDeck } from '../../src/storage/record-store';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

let sequence = 0;
function buildDeck(overrides: Partial<OwnDeck> = {}): OwnDeck {
  sequence += 1;
  return {
    id: `deck-${sequence}`,
    name: `Kortspil ${sequence}`,
    cardIds: ['laerer-virksomhed-a', 'elev-laerer-b'],
    createdAt: 1_700_000_000_000 + sequence * 1000,
    updatedAt: 1_700_000_000_000 + sequence * 1000,
    ...overrides,
  };
}

function idbStore() {
  const store = createIdbDecksStore();
  closers.push(store.close);
  return store;
}

const stores: Array<[string, () => DecksStore]> = [
  ['IndexedDB', idbStore],
  ['memory', () => createMemoryDecksStore()],
];

describe.each(stores)('%s decks store', (_name, createStore) => {
  it('gives back a deck it was given, cards in the user’s order', async () => {
    const store = createStore();
    const deck = buildDeck({ name: 'Besøg hos Grundfos', cardIds: ['c-d', 'a-b', 'e-f'] });
    await store.put(deck);
    expect(await store.get(deck.id)).toEqual(deck);
  });

  it('replaces a deck saved again under its id', async () => {
    const store = createStore();
    const deck = buildDeck();
    await store.put(deck);
    await store.put({ ...deck, name: 'Nyt navn', cardIds: ['x-y'], updatedAt: deck.updatedAt + 1 });
    expect(await store.get(deck.id)).toMatchObject({ name: 'Nyt navn', cardIds: ['x-y'] });
    expect(await store.list()).toHaveLength(1);
  });

  it('lists the latest changed first', async () => {
    const store = createStore();
    const older = buildDeck({ updatedAt: 1 });
    const newer = buildDeck({ updatedAt: 2 });
    await store.put(newer);
    await store.put(older);
    expect((await store.list()).map((d) => d.id)).toEqual([newer.id, older.id]);
  });

  it('deletes a deck', async () => {
    const store = createStore();
    const deck = buildDeck();
    await store.put(deck);
    await store.delete(deck.id);
    expect(await store.get(deck.id)).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it('is not changed by changes to the object it was given or gave back', async () => {
    const store = createStore();
    const cardIds = ['a-b'];
    const deck = buildDeck({ cardIds });
    await store.put(deck);
    cardIds.push('c-d');
    const read = await store.get(deck.id);
    (read?.cardIds as string[] | undefined)?.push('e-f');
    expect((await store.get(deck.id))?.cardIds).toEqual(['a-b']);
  });

  it('tells subscribers after each change', async () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const deck = buildDeck();
    await store.put(deck);
    await store.delete(deck.id);
    expect(calls).toBe(2);
  });
});

describe('decks in IndexedDB', () => {
  it('outlive the connection: a new store (a reload) finds them', async () => {
    const deck = buildDeck({ name: 'Til fredag' });
    const first = idbStore();
    await first.put(deck);
    first.close();
    expect(await idbStore().get(deck.id)).toEqual(deck);
  });

  it('skips a broken record (e.g. from a hand-edited backup) instead of failing the list', async () => {
    const good = buildDeck();
    await idbStore().put(good);
    const db = await openDB(DB_NAME, DB_VERSION);
    await db.put(DECKS_STORE, { id: 'broken', name: 42, updatedAt: 5 } as never);
    db.close();
    expect((await idbStore().list()).map((d) => d.id)).toEqual([good.id]);
    expect(await idbStore().get('broken')).toBeUndefined();
  });
});

describe('readOwnDeck', () => {
  it('keeps only string card ids', () => {
    expect(readOwnDeck({ id: 'd', name: 'n', cardIds: ['a', 3, null, 'b'], createdAt: 1, updatedAt: 2 })?.cardIds).toEqual(['a', 'b']);
    expect(readOwnDeck(null)).toBeUndefined();
    expect(readOwnDeck({ id: 'd', name: 'n', cardIds: 'a', createdAt: 1, updatedAt: 2 })).toBeUndefined();
  });
});
