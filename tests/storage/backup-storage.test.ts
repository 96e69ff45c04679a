import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../src/domain/backup-format';
import type { Backup, BackupContents } from '../../src/domain/backup-format';
import { createIdbBackupStorage, createStoreBackupStorage } from '../../src/storage/backup-storage';
import type { BackupStorage } from '../../src/storage/backup-storage';
import { createIdbNotesStore, createMemoryNotesStore } from '../../src/storage/notes-store';
import type { IdbNotesStore, Note, NotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';

const opened: IdbNotesStore[] = [];
function idbNotes(): IdbNotesStore {
  const store = createIdbNotesStore();
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const options = { knownCardIds: new Set(['a', 'b', 'c']), now: 9_000 };

function backupOf(contents: Partial<BackupContents>): Backup {
  return createBackup({ notes: [], favourites: [], decks: [], briefs: [], ...contents }, '1.0.0', new Date(0));
}

/** Writes straight into the stores the other features own, as they would. */
async function seedOtherStores(): Promise<void> {
  await idbNotes().open();
  const db = await openDB('samarbejdskort');
  await db.put('favourites', { cardId: 'a', addedAt: 1 });
  await db.put('decks', { id: 'd1', name: 'Mødet', cardIds: ['a'], createdAt: 1, updatedAt: 1 });
  await db.put('briefs', { id: 'b1', name: 'Besøg', createdAt: 1, updatedAt: 1, goals: ['lære'] });
  db.close();
}

async function everything(): Promise<BackupContents> {
  return createIdbBackupStorage().read();
}

describe('backup storage (IndexedDB)', () => {
  it('reads notes, favourites, own decks and briefs from their stores', async () => {
    await seedOtherStores();
    await idbNotes().put(buildNote({ cardId: 'a', text: 'note' }));
    const contents = await everything();
    expect(contents.notes.map((note) => note.text)).toEqual(['note']);
    expect(contents.favourites).toEqual([{ cardId: 'a', addedAt: 1 }]);
    expect(contents.decks).toEqual([{ id: 'd1', name: 'Mødet', cardIds: ['a'], createdAt: 1, updatedAt: 1 }]);
    expect(contents.briefs).toEqual([{ id: 'b1', name: 'Besøg', createdAt: 1, updatedAt: 1, goals: ['lære'] }]);
  });

  it('round-trips: what an export read, an import into an empty device brings back', async () => {
    await seedOtherStores();
    await idbNotes().put(buildNote({ cardId: 'a', text: 'note', cardText: { da: 'x', en: 'y' } }));
    const exported = await everything();
    globalThis.indexedDB = new IDBFactory();
    await createIdbBackupStorage().import(backupOf(exported), 'merge', options);
    expect(await everything()).toEqual(exported);
  });

  it('merges into what is there and tells this tab’s and other tabs’ stores', async () => {
    const notes = idbNotes();
    await notes.put(buildNote({ cardId: 'a', text: 'her', updatedAt: 100 }));
    const heard = vi.fn();
    notes.subscribe(heard);
    const plan = await createIdbBackupStorage().import(
      backupOf({ notes: [buildNote({ cardId: 'b', text: 'fra kopien' })] }),
      'merge',
      options,
    );
    expect(plan.counts.notes.added).toBe(1);
    expect((await notes.list()).map((note) => note.text).sort()).toEqual(['fra kopien', 'her']);
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
  });

  it('replaces: afterwards the device holds exactly the backup', async () => {
    await seedOtherStores();
    await idbNotes().put(buildNote({ cardId: 'a', text: 'forsvinder' }));
    const backup = backupOf({
      notes: [buildNote({ cardId: 'c', text: 'kopiens' })],
      favourites: [{ cardId: 'c', addedAt: 2 }],
    });
    await createIdbBackupStorage().import(backup, 'replace', options);
    const contents = await everything();
    expect(contents.notes.map((note) => note.text)).toEqual(['kopiens']);
    expect(contents.favourites).toEqual([{ cardId: 'c', addedAt: 2 }]);
    expect(contents.decks).toEqual([]);
    expect(contents.briefs).toEqual([]);
  });

  it('previews without writing', async () => {
    await idbNotes().put(buildNote({ cardId: 'a', text: 'her' }));
    const plan = await createIdbBackupStorage().plan(
      backupOf({ notes: [buildNote({ cardId: 'x', text: 'ny' })] }),
      'replace',
      options,
    );
    expect(plan.counts.notes).toMatchObject({ added: 1, removed: 1, orphans: 1 });
    expect((await everything()).notes.map((note) => note.text)).toEqual(['her']);
  });

  it('deletes every note at once and puts them back on undo', async () => {
    const notes = idbNotes();
    await notes.put(buildNote({ cardId: 'a', text: 'en' }));
    await notes.put(buildNote({ cardId: 'b', text: 'to' }));
    const storage = createIdbBackupStorage();
    const deleted = await storage.clearNotes();
    expect(await notes.list()).toEqual([]);
    await storage.restoreNotes(deleted);
    expect((await notes.list()).map((note) => note.text).sort()).toEqual(['en', 'to']);
  });

  it('undo keeps a note written on the same card meanwhile, with the old one after it', async () => {
    const notes = idbNotes();
    await notes.put(buildNote({ cardId: 'a', text: 'gammel' }));
    const storage = createIdbBackupStorage();
    const deleted = await storage.clearNotes();
    await notes.put(buildNote({ cardId: 'a', text: 'ny' }));
    await storage.restoreNotes(deleted);
    expect((await notes.get('a'))?.text).toBe('ny\n\ngammel');
  });
});

describe('backup storage in memory (no IndexedDB)', () => {
  it('exports and imports notes through the store the app uses; favourites and the rest have nowhere to go', async () => {
    const store: NotesStore = createMemoryNotesStore([buildNote({ cardId: 'a', text: 'her' })]);
    const storage: BackupStorage = createStoreBackupStorage(store);
    expect((await storage.read()).notes.map((note: Note) => note.text)).toEqual(['her']);
    const plan = await storage.import(
      backupOf({ notes: [buildNote({ cardId: 'b', text: 'kopi' })], favourites: [{ cardId: 'b', addedAt: 1 }] }),
      'merge',
      options,
    );
    expect(plan.counts.favourites.added).toBe(0);
    expect((await store.list()).map((note) => note.text).sort()).toEqual(['her', 'kopi']);
    const deleted = await storage.clearNotes();
    expect(await store.list()).toEqual([]);
    await storage.restoreNotes(deleted);
    expect(await store.list()).toHaveLength(2);
  });
});

describe('a backup read that fails', () => {
  it('rejects once, with the reason, and leaves no unhandled AbortError behind', async () => {
    await idbNotes().put(buildNote({ cardId: 'a', text: 'noget' }));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const getAll = IDBObjectStore.prototype.getAll;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementationOnce(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['getAll']>
    ) {
      const request = getAll.apply(this, args);
      // As a browser does when the disk fails mid-read: the transaction is aborted.
      const transaction = this.transaction;
      queueMicrotask(() => transaction.abort());
      return request;
    });
    try {
      await expect(createIdbBackupStorage().read()).rejects.toMatchObject({ name: 'AbortError' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});
