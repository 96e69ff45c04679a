import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createIdbBriefsStore,
  createIdbDecksStore,
  createIdbFavouritesStore,
  createMemoryBriefsStore,
  createMemoryDecksStore,
  createMemoryFavouritesStore,
  openBriefsStore,
  readOwnDeck,
} from '../../src/storage/record-store';
import type { BriefsStore, DecksStore, FavouritesStore, OwnDeck } from '../../src/storage/record-store';
import { createIdbNotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';
import { openDB } from 'idb';
import { BRIEFS_STORE, DB_NAME, DB_VERSION, DECKS_STORE } from '../../src/storage/local-db';
import { createBrief, withBriefCard, withSheetField } from '../../src/domain/brief-model';
import type { Brief } from '../../src/domain/brief-model';

describe('starred cards', () => {
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
});

describe('own decks', () => {
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
      expect(
        readOwnDeck({ id: 'd', name: 'n', cardIds: ['a', 3, null, 'b'], createdAt: 1, updatedAt: 2 })?.cardIds,
      ).toEqual(['a', 'b']);
      expect(readOwnDeck(null)).toBeUndefined();
      expect(readOwnDeck({ id: 'd', name: 'n', cardIds: 'a', createdAt: 1, updatedAt: 2 })).toBeUndefined();
    });
  });
});

describe('briefs', () => {
  function buildBrief(id: string, updatedAt: number, name = `Besøg ${id}`): Brief {
    const brief = createBrief({
      id,
      name,
      actor: 'laerer',
      partner: 'virksomhed',
      now: updatedAt,
      editionVersion: '1.0.0',
    });
    return withSheetField(
      withBriefCard(brief, { cardId: 'laerer-virksomhed-a', mark: 'discuss', note: 'Ring til Jens' }, updatedAt),
      'purpose',
      'Se produktionen',
      updatedAt,
    );
  }

  const closers: Array<() => void> = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  const stores: Array<[string, () => BriefsStore]> = [
    [
      'IndexedDB',
      () => {
        const store = createIdbBriefsStore();
        closers.push(store.close);
        return store;
      },
    ],
    ['memory', () => createMemoryBriefsStore()],
  ];

  describe.each(stores)('%s briefs store', (_name, createStore) => {
    it('gives back a brief it was given', async () => {
      const store = createStore();
      const brief = buildBrief('aa01', 1_000);
      await store.put(brief);
      expect(await store.get('aa01')).toEqual(brief);
    });

    it('has nothing for an unknown id', async () => {
      expect(await createStore().get('ukendt')).toBeUndefined();
    });

    it('replaces a brief with the same id and deletes one', async () => {
      const store = createStore();
      await store.put(buildBrief('aa01', 1_000, 'Først'));
      await store.put(buildBrief('aa01', 2_000, 'Siden'));
      expect(await store.list()).toHaveLength(1);
      expect((await store.get('aa01'))?.name).toBe('Siden');
      await store.delete('aa01');
      expect(await store.list()).toEqual([]);
    });

    it('lists several briefs, newest change first', async () => {
      const store = createStore();
      await store.put(buildBrief('aa01', 3_000));
      await store.put(buildBrief('aa02', 1_000));
      await store.put(buildBrief('aa03', 2_000));
      expect((await store.list()).map((b) => b.id)).toEqual(['aa01', 'aa03', 'aa02']);
    });

    it('hands out copies, so a caller cannot change what is stored', async () => {
      const store = createStore();
      const brief = buildBrief('aa01', 1_000);
      await store.put(brief);
      const read = await store.get('aa01');
      (read?.cards as unknown as { note: string }[])[0]!.note = 'ændret udefra';
      expect((await store.get('aa01'))?.cards[0]?.note).toBe('Ring til Jens');
    });

    it('tells subscribers about every change until they unsubscribe', async () => {
      const store = createStore();
      const listener = vi.fn();
      const unsubscribe = store.subscribe(listener);
      await store.put(buildBrief('aa01', 1_000));
      await store.delete('aa01');
      expect(listener).toHaveBeenCalledTimes(2);
      unsubscribe();
      await store.put(buildBrief('aa02', 1_000));
      expect(listener).toHaveBeenCalledTimes(2);
    });
  });

  function rawDb(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function rawRequest<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  describe('IndexedDB briefs store on disk', () => {
    it('stores a brief as the plain JSON record a backup reads from the raw store', async () => {
      const store = createIdbBriefsStore();
      closers.push(store.close);
      const brief = buildBrief('aa01', 1_000);
      await store.put(brief);
      store.close();
      const db = await rawDb();
      const record: unknown = await rawRequest(db.transaction(BRIEFS_STORE).objectStore(BRIEFS_STORE).get('aa01'));
      db.close();
      expect(JSON.parse(JSON.stringify(record))).toEqual(brief);
    });

    it('skips a record that is not a readable brief (e.g. from a damaged backup) instead of failing', async () => {
      const store = createIdbBriefsStore();
      closers.push(store.close);
      await store.put(buildBrief('aa01', 1_000));
      store.close();
      const db = await rawDb();
      await rawRequest(
        db
          .transaction(BRIEFS_STORE, 'readwrite')
          .objectStore(BRIEFS_STORE)
          .put({ id: 'broken', name: 'x', createdAt: 1, updatedAt: 2 }),
      );
      db.close();
      expect((await store.list()).map((b) => b.id)).toEqual(['aa01']);
      expect(await store.get('broken')).toBeUndefined();
    });

    it('lets go of its connection when another tab opens a newer version', async () => {
      const store = createIdbBriefsStore();
      closers.push(store.close);
      await store.put(buildBrief('aa01', 1_000));
      const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(DB_NAME, 99);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked by the briefs store'));
      });
      expect(upgraded.version).toBe(99);
      upgraded.close();
    });

    it('opens on IndexedDB when it works, and on memory when it does not', async () => {
      const opened = await openBriefsStore();
      expect(opened.persistent).toBe('idb');
      // The app's one connection is open now: let go of it, so the next open asks IndexedDB again.
      (opened.store as { close?: () => void }).close?.();
      const original = globalThis.indexedDB;
      vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const fallback = await openBriefsStore();
      expect(fallback.persistent).toBe('memory');
      await fallback.store.put(buildBrief('aa09', 1_000));
      expect(await fallback.store.get('aa09')).toBeDefined();
      expect(globalThis.indexedDB).toBe(original);
    });
  });
});
