import type { BackupDeck, BackupFavourite } from '../domain/backup-format';
import { parseBrief } from '../domain/brief-model';
import type { Brief } from '../domain/brief-model';
import {
  BRIEFS_STORE,
  BY_UPDATED_AT,
  closeLocalDb,
  createListeners,
  DECKS_STORE,
  FAVOURITES_STORE,
  openLocalDb,
  tx,
} from './local-db';
import type { LocalDbSchema } from './local-db';
import type { StorageKind } from './notes-store';

/*
 * The app's other records: own decks and briefs (kept by id, listed newest change first) and
 * starred cards. Each in IndexedDB for the app, in memory for tests and private windows. What the
 * stores hold is what a backup carries, so the backup takes each store as it is.
 */

/** Records kept by id and listed newest change first (own decks, briefs). */
export interface RecordStore<T> {
  /** Undefined when there is no such record, or what is stored is not a readable one. */
  get(id: string): Promise<T | undefined>;
  /** Saves (creates or replaces) a record. */
  put(record: T): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every readable record, the latest changed first. */
  list(): Promise<T[]>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store on the app's database that opens it on demand. */
export interface OpensOnDemand {
  /** Opens the database now (rejects if IndexedDB cannot be used), instead of on first use. */
  open(): Promise<void>;
  /** Closes the shared connection; the next call opens a new one. */
  close(): void;
}

const onDemand: OpensOnDemand = {
  open: async () => void (await openLocalDb()),
  close: closeLocalDb,
};

export interface IdbRecordStore<T> extends RecordStore<T>, OpensOnDemand {}

type RecordStoreName = typeof DECKS_STORE | typeof BRIEFS_STORE;

/**
 * A store of the app's database. Whatever is read back goes through `read`: a backup import may
 * have written anything, and one broken record must not break the screen that lists the others.
 */
export function createIdbRecordStore<Name extends RecordStoreName, T extends LocalDbSchema[Name]['value']>(
  name: Name,
  read: (value: unknown) => T | undefined,
): IdbRecordStore<T> {
  const listeners = createListeners();
  return {
    ...onDemand,
    get: async (id) => read(await tx(name as RecordStoreName, 'readonly', (t) => t.store.get(id))),
    async put(record) {
      // tx commits at once: the page may be closing (this is also the pagehide flush).
      await tx(name as RecordStoreName, 'readwrite', (t) => t.store.put(record));
      listeners.notify();
    },
    async delete(id) {
      await tx(name as RecordStoreName, 'readwrite', (t) => t.store.delete(id));
      listeners.notify();
    },
    async list() {
      const oldestFirst = await tx(name as RecordStoreName, 'readonly', (t) => t.store.index(BY_UPDATED_AT).getAll());
      return oldestFirst.reverse().flatMap((value) => read(value) ?? []);
    },
    subscribe: listeners.subscribe,
  };
}

/**
 * Records in memory only: for tests, and when IndexedDB cannot be used (lost when the tab closes).
 * `copy` goes both ways, as IndexedDB would clone, so a caller never shares an object with the store.
 */
export function createMemoryRecordStore<T extends { readonly id: string; readonly updatedAt: number }>(
  initial: readonly T[],
  copy: (record: T) => T,
): RecordStore<T> {
  const records = new Map<string, T>(initial.map((record) => [record.id, copy(record)]));
  const listeners = createListeners();
  return {
    get: async (id) => {
      const record = records.get(id);
      return record && copy(record);
    },
    async put(record) {
      records.set(record.id, copy(record));
      listeners.notify();
    },
    async delete(id) {
      records.delete(id);
      listeners.notify();
    },
    // As the IndexedDB index read backwards: latest change first, ties by id descending.
    list: async () =>
      [...records.values()]
        .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map(copy),
    subscribe: listeners.subscribe,
  };
}

/** One of the user's own decks. */
export type OwnDeck = BackupDeck;
/** What the UI knows of the user's own decks. */
export type DecksStore = RecordStore<OwnDeck>;

/** A stored value as an OwnDeck, or undefined (a backup import may have written anything). */
export function readOwnDeck(value: unknown): OwnDeck | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, cardIds, createdAt, updatedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(cardIds)) return undefined;
  if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return undefined;
  return {
    id,
    name,
    cardIds: cardIds.filter((cardId): cardId is string => typeof cardId === 'string'),
    createdAt,
    updatedAt,
  };
}

export function createIdbDecksStore(): IdbRecordStore<OwnDeck> {
  return createIdbRecordStore(DECKS_STORE, readOwnDeck);
}

export function createMemoryDecksStore(initial: readonly OwnDeck[] = []): DecksStore {
  return createMemoryRecordStore(initial, (deck) => ({ ...deck, cardIds: [...deck.cardIds] }));
}

/** What the preparation screens know of brief storage. */
export type BriefsStore = RecordStore<Brief>;

/**
 * Briefs are stored exactly as the domain shapes them (plain JSON), so the backup can carry the
 * store as it is; whatever is read back is parsed again, since a backup import may have written it.
 */
export function createIdbBriefsStore(): IdbRecordStore<Brief> {
  return createIdbRecordStore(BRIEFS_STORE, parseBrief);
}

/** Copied through JSON, as IndexedDB would clone a brief. */
export function createMemoryBriefsStore(initial: readonly Brief[] = []): BriefsStore {
  return createMemoryRecordStore(initial, (brief) => JSON.parse(JSON.stringify(brief)) as Brief);
}

export interface OpenedBriefsStore {
  readonly store: BriefsStore;
  readonly persistent: StorageKind;
}

/** IndexedDB when it really opens; otherwise memory, so preparing still works for this visit. */
export async function openBriefsStore(): Promise<OpenedBriefsStore> {
  const store = createIdbBriefsStore();
  try {
    await store.open();
  } catch {
    return { store: createMemoryBriefsStore(), persistent: 'memory' };
  }
  return { store, persistent: 'idb' };
}

/** A starred card ("Mine kort"). */
export type Favourite = BackupFavourite;

/** What the UI knows of starred cards. */
export interface FavouritesStore {
  /** Every starred card, the latest starred first. */
  list(): Promise<Favourite[]>;
  has(cardId: string): Promise<boolean>;
  add(cardId: string): Promise<void>;
  remove(cardId: string): Promise<void>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface IdbFavouritesStore extends FavouritesStore, OpensOnDemand {}

/** Latest first; the same moment keeps the card ids' order, so both stores list alike. */
export function byNewestFavourite(a: Favourite, b: Favourite): number {
  return b.addedAt - a.addedAt || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

interface Clock {
  readonly now?: () => number;
}

export function createIdbFavouritesStore({ now = Date.now }: Clock = {}): IdbFavouritesStore {
  const listeners = createListeners();
  return {
    ...onDemand,
    list: async () => (await tx(FAVOURITES_STORE, 'readonly', (t) => t.store.getAll())).sort(byNewestFavourite),
    has: async (cardId) => (await tx(FAVOURITES_STORE, 'readonly', (t) => t.store.getKey(cardId))) !== undefined,
    async add(cardId) {
      await tx(FAVOURITES_STORE, 'readwrite', async (t) => {
        // Starring a starred card keeps when it was first starred.
        if ((await t.store.getKey(cardId)) === undefined) await t.store.put({ cardId, addedAt: now() });
      });
      listeners.notify();
    },
    async remove(cardId) {
      await tx(FAVOURITES_STORE, 'readwrite', (t) => t.store.delete(cardId));
      listeners.notify();
    },
    subscribe: listeners.subscribe,
  };
}

export function createMemoryFavouritesStore(
  initial: readonly Favourite[] = [],
  { now = Date.now }: Clock = {},
): FavouritesStore {
  const favourites = new Map<string, Favourite>(initial.map((favourite) => [favourite.cardId, { ...favourite }]));
  const listeners = createListeners();
  return {
    list: async () => [...favourites.values()].map((favourite) => ({ ...favourite })).sort(byNewestFavourite),
    has: async (cardId) => favourites.has(cardId),
    async add(cardId) {
      if (!favourites.has(cardId)) favourites.set(cardId, { cardId, addedAt: now() });
      listeners.notify();
    },
    async remove(cardId) {
      favourites.delete(cardId);
      listeners.notify();
    },
    subscribe: listeners.subscribe,
  };
}
