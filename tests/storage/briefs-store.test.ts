import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrief, withBriefCard, withSheetField } from '../../src/domain/brief-model';
import type { Brief } from '../../src/domain/brief-model';
import { createIdbBriefsStore, createMemoryBriefsStore, openBriefsStore } from '../../src/storage/record-store';
import type { BriefsStore } from '../../src/storage/record-store';
import { BRIEFS_STORE, DB_NAME } from '../../src/storage/local-db';

function buildBrief(id: string, updatedAt: number, name = `Besøg ${id}`): Brief {
  const brief = createBrief({ id, name, actor: 'laerer', partner: 'virksomhed', now: updatedAt, editionVersion: '1.0.0' });
  return withSheetField(withBriefCard(brief, { cardId: 'laerer-virksomhed-a', mark: 'discuss', note: 'Ring til Jens' }, updatedAt), 'purpose', 'Se produktionen', updatedAt);
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
    await rawRequest(db.transaction(BRIEFS_STORE, 'readwrite').objectStore(BRIEFS_STORE).put({ id: 'broken', name: 'x', createdAt: 1, updatedAt: 2 }));
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
