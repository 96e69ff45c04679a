import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BRIEFS_STORE,
  BY_UPDATED_AT,
  DB_NAME,
  DB_VERSION,
  DECKS_STORE,
  FAVOURITES_STORE,
  META_STORE,
  NOTES_BY_UPDATED_AT,
  NOTES_STORE,
} from '../../src/storage/local-db';
import { createIdbNotesStore } from '../../src/storage/notes-store';
import type { IdbNotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';
import { createV1Database } from './fixtures/create-v1-database';

const opened: IdbNotesStore[] = [];
function store(...args: Parameters<typeof createIdbNotesStore>): IdbNotesStore {
  const created = createIdbNotesStore(...args);
  opened.push(created);
  return created;
}
afterEach(() => {
  for (const created of opened.splice(0)) created.close();
});

describe('IndexedDB notes store', () => {
  it('creates the database with every store and index of the current version', async () => {
    await store().open();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('samarbejdskort');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(2);
    expect([...raw.objectStoreNames].sort()).toEqual(['briefs', 'decks', 'favourites', 'meta', 'notes']);
    const notes = raw.transaction('notes').objectStore('notes');
    expect(notes.keyPath).toBe('cardId');
    expect([...notes.indexNames]).toEqual(['by-updatedAt']);
    raw.close();
  });

  it('opens a version 1 database written by the first release and finds the notes intact', async () => {
    const written = [
      { cardId: 'spoerg-om-csr', text: 'Spørg om CSR-strategien', updatedAt: 1000, editionVersion: '1.0.0' },
      { cardId: 'aftal-kontaktperson', text: 'Ring til Mette', updatedAt: 2000, editionVersion: '1.0.0' },
    ];
    await createV1Database(written);

    const notes = store();
    expect(await notes.list()).toEqual([written[1], written[0]]);
    expect(await notes.get('spoerg-om-csr')).toEqual(written[0]);
    // And it goes on working on the old data.
    await notes.put({ ...written[0]!, text: 'Spurgt – svar kommer', updatedAt: 3000 });
    expect((await notes.list()).map((note) => note.text)).toEqual(['Spurgt – svar kommer', 'Ring til Mette']);
  });

  it('upgrades a version 1 database to version 2: the notes stay, the new stores are there and empty', async () => {
    const written = [
      { cardId: 'spoerg-om-csr', text: 'Spørg om CSR-strategien', updatedAt: 1000, editionVersion: '1.0.0' },
    ];
    await createV1Database(written);
    expect(await store().list()).toEqual(written);
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(2);
    expect([...raw.objectStoreNames].sort()).toEqual(['briefs', 'decks', 'favourites', 'meta', 'notes']);
    for (const name of ['briefs', 'decks', 'favourites', 'meta'] as const) expect(await raw.count(name)).toBe(0);
    expect(raw.transaction('favourites').store.keyPath).toBe('cardId');
    expect(raw.transaction('decks').store.indexNames.contains('by-updatedAt')).toBe(true);
    raw.close();
  });

  it('keeps the names that are on users’ devices', () => {
    // Changing any of these without a migration loses every saved note.
    expect([DB_NAME, DB_VERSION, NOTES_STORE, NOTES_BY_UPDATED_AT]).toEqual([
      'samarbejdskort',
      2,
      'notes',
      'by-updatedAt',
    ]);
    expect([FAVOURITES_STORE, DECKS_STORE, BRIEFS_STORE, META_STORE, BY_UPDATED_AT]).toEqual([
      'favourites',
      'decks',
      'briefs',
      'meta',
      'by-updatedAt',
    ]);
  });

  it('reuses one connection for many calls', async () => {
    const spy = vi.spyOn(indexedDB, 'open');
    const notes = store();
    await notes.put(buildNote({ cardId: 'a' }));
    await notes.get('a');
    await notes.list();
    await notes.delete('a');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('lets a newer version in another tab go ahead at once, and tells the UI', async () => {
    const onEvent = vi.fn();
    const notes = store({ onEvent });
    await notes.put(buildNote({ cardId: 'a', text: 'før' }));

    // Another tab with the next release upgrades the database.
    const blocked = vi.fn();
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { blocked });
    expect(blocked).not.toHaveBeenCalled();
    expect(onEvent).toHaveBeenCalledWith('versionchange');
    newer.close();

    // The closed connection is not reused: the old code now meets a newer database and says so.
    await expect(notes.get('a')).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('opens again after close', async () => {
    const notes = store();
    await notes.put(buildNote({ cardId: 'a', text: 'bliver' }));
    notes.close();
    expect((await notes.get('a'))?.text).toBe('bliver');
  });
});
