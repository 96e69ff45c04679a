/**
 * Fault injection: each storage failure the app must survive, driven through fake-indexeddb with
 * the failure forced, and each test ends by counting what was lost (it must be nothing). Faults
 * that need a real browser (a tab closed 50 ms after typing, a service-worker update while typing,
 * a reload offline, two real tabs) are in tests/e2e/notes-faults.spec.ts.
 */
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../src/domain/backup-format';
import { createIdbBackupStorage, createStoreBackupStorage } from '../../src/storage/backup-storage';
import { createIdbNotesStore, createUnsavedNotesJournal, openNotesStore } from '../../src/storage/notes-store';
import type { IdbNotesStore, Note, NotesStore } from '../../src/storage/notes-store';
import type { LocalDbEvent } from '../../src/storage/local-db';
import { createNoteDrafts } from '../../src/ui/shared/note-drafts';
import { buildNote } from './fixtures/build-note';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function tab(options: Parameters<typeof createIdbNotesStore>[0] = {}): IdbNotesStore {
  const store = createIdbNotesStore(options);
  closers.push(store.close);
  return store;
}

/** Notes written (by text) that cannot be found in `store` or, as a last resort, in the stash. */
async function lost(written: readonly string[], store: NotesStore): Promise<string[]> {
  const kept = [
    ...(await store.list()).map((note) => note.text),
    ...createUnsavedNotesJournal()
      .read()
      .map((note) => note.text),
  ].join('\n');
  return written.filter((text) => !kept.includes(text));
}

/** A put that fails as a full disk does: the request errors and the transaction aborts. */
function failPutsWith(name: string, times = Number.POSITIVE_INFINITY): void {
  const put = IDBObjectStore.prototype.put;
  let left = times;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (left <= 0) return put.apply(this, args);
    left -= 1;
    const request = put.apply(this, args);
    // Like the browser: the transaction is aborted, and its error says why.
    Object.defineProperty(this.transaction, 'error', { value: new DOMException('The quota has been exceeded.', name) });
    this.transaction.abort();
    return request;
  });
}

describe('fault injection: storage', () => {
  it('no IndexedDB at all (some private windows): notes live in memory for the visit and can be exported', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, persistent } = openNotesStore();
    expect(await persistent).toBe('memory');
    await store.put(buildNote({ cardId: 'a', text: 'Kun i fanen' }));
    const exported = await createStoreBackupStorage(store).read();
    expect(exported.notes.map((note) => note.text)).toEqual(['Kun i fanen']);
    expect(await lost(['Kun i fanen'], store)).toEqual([]);
  });

  it('IndexedDB refuses at once (SecurityError, storage blocked): memory', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { store, persistent } = openNotesStore();
    expect(await persistent).toBe('memory');
    await store.put(buildNote({ cardId: 'a', text: 'Virker stadig' }));
    expect(await lost(['Virker stadig'], store)).toEqual([]);
  });

  it('IndexedDB is broken (the open request fails): memory', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      const request = {} as IDBOpenDBRequest;
      queueMicrotask(() => {
        Object.defineProperty(request, 'error', { value: new DOMException('broken', 'UnknownError') });
        (request as { onerror?: (event: Event) => void }).onerror?.(new Event('error'));
        request.dispatchEvent?.(new Event('error'));
      });
      return Object.assign(new EventTarget(), request) as IDBOpenDBRequest;
    });
    const { persistent } = openNotesStore();
    expect(await persistent).toBe('memory');
  });

  it('QuotaExceededError: the write fails whole, the text stays in the draft, and goes in once there is room', async () => {
    const store = tab();
    await store.put(buildNote({ cardId: 'a', text: 'Gemt før', updatedAt: 1 }));
    const drafts = createNoteDrafts({ store, editionVersion: '1.0.0' });
    drafts.setBase('a', await store.get('a'));
    failPutsWith('QuotaExceededError', 1);
    drafts.edit('a', 'Gemt før, og mere');
    await drafts.flushAll();
    expect(drafts.state('a')).toMatchObject({ status: 'error', error: { name: 'QuotaExceededError' } });
    expect(drafts.pending('a')).toBe('Gemt før, og mere');
    expect((await store.get('a'))?.text).toBe('Gemt før');
    // The stash holds it too, should the tab be closed now.
    expect(
      createUnsavedNotesJournal()
        .read()
        .map((note) => note.text),
    ).toEqual(['Gemt før, og mere']);

    await drafts.flushAll();
    expect((await store.get('a'))?.text).toBe('Gemt før, og mere');
    expect(await lost(['Gemt før, og mere'], store)).toEqual([]);
  });

  it('a newer version in another tab (versionchange) while typing: the connection closes, the tab is told, the text is stashed for the reload', async () => {
    const events: LocalDbEvent[] = [];
    const store = tab({ onEvent: (event) => events.push(event) });
    const drafts = createNoteDrafts({ store, editionVersion: '1.0.0', delayMs: 60_000 });
    await store.put(buildNote({ cardId: 'a', text: 'Før opdateringen' }));
    drafts.edit('a', 'Skrevet mens en anden fane opdaterede');

    const newer = await openDB('samarbejdskort', 3);
    expect(events).toEqual(['versionchange']);
    newer.close();

    // What the reload button does first: flush. The write cannot land (this code is too old) ...
    await drafts.flushAll();
    expect(drafts.state('a').status).toBe('error');
    // ... but the stash, which the new version reads on open, has it.
    expect(
      createUnsavedNotesJournal()
        .read()
        .map((note) => note.text),
    ).toEqual(['Skrevet mens en anden fane opdaterede']);
  });

  it('another tab deletes the database (site data cleared) while typing: the reload writes the stashed text into the new one', async () => {
    const events: LocalDbEvent[] = [];
    const store = tab({ onEvent: (event) => events.push(event) });
    const drafts = createNoteDrafts({ store, editionVersion: '1.0.0', delayMs: 60_000 });
    await store.put(buildNote({ cardId: 'a', text: 'x' }));
    drafts.edit('a', 'Overlever sletningen');
    drafts.edit('b', 'Også denne');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('samarbejdskort');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(events).toEqual(['versionchange']);
    // pagehide before the reload: stash, then try.
    await drafts.flushAll();
    store.close();

    const reloaded = openNotesStore();
    expect(await reloaded.persistent).toBe('idb');
    expect(await lost(['Overlever sletningen', 'Også denne'], reloaded.store)).toEqual([]);
    expect((await reloaded.store.get('b'))?.text).toBe('Også denne');
  });

  it('the store tells the UI "blocked" when it brings an upgrade an older tab will not let go of', async () => {
    // An old tab on version 1 that ignores versionchange.
    const v1 = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('samarbejdskort', 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('notes', { keyPath: 'cardId' }).createIndex('by-updatedAt', 'updatedAt');
      request.onsuccess = () => resolve(request.result);
    });
    const put = v1
      .transaction('notes', 'readwrite')
      .objectStore('notes')
      .put(buildNote({ cardId: 'a', text: 'Fra version 1' }));
    await new Promise((resolve) => (put.onsuccess = resolve));
    const events: LocalDbEvent[] = [];
    const store = tab({ onEvent: (event) => events.push(event) });
    const opened = store.open();
    await vi.waitFor(() => expect(events).toEqual(['blocked']));
    v1.close();
    await opened;
    expect(await lost(['Fra version 1'], store)).toEqual([]);
  });

  it('an import whose transaction is aborted halfway (disk full) writes nothing at all', async () => {
    const store = tab();
    await store.put(buildNote({ cardId: 'a', text: 'Før importen' }));
    const backup = createBackup(
      {
        notes: [
          buildNote({ cardId: 'x1', text: 'en' }),
          buildNote({ cardId: 'x2', text: 'to' }),
          buildNote({ cardId: 'x3', text: 'tre' }),
        ],
        favourites: [{ cardId: 'x1', addedAt: 1 }],
        decks: [],
        briefs: [],
      },
      '1.0.0',
      new Date(),
    );
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      const request = put.apply(this, args);
      if (calls === 3) this.transaction.abort();
      return request;
    });
    await expect(
      createIdbBackupStorage().import(backup, 'merge', { knownCardIds: new Set(), now: 1 }),
    ).rejects.toBeDefined();
    vi.restoreAllMocks();
    const after = await createIdbBackupStorage().read();
    expect(after.notes.map((note) => note.text)).toEqual(['Før importen']);
    expect(after.favourites).toEqual([]);
  });

  it('a replace import that fails leaves every note of the device in place', async () => {
    const store = tab();
    const mine = ['en', 'to', 'tre'];
    for (const [index, text] of mine.entries()) await store.put(buildNote({ cardId: `m${index}`, text }));
    failPutsWith('QuotaExceededError');
    const backup = createBackup(
      { notes: [buildNote({ cardId: 'n', text: 'ny' })], favourites: [], decks: [], briefs: [] },
      '1.0.0',
      new Date(),
    );
    await expect(
      createIdbBackupStorage().import(backup, 'replace', { knownCardIds: new Set(), now: 1 }),
    ).rejects.toBeDefined();
    vi.restoreAllMocks();
    expect(await lost(mine, store)).toEqual([]);
  });

  it('two tabs typing on one card: the later write is refused, never silently overwritten', async () => {
    const first = tab();
    const second = tab();
    const a = createNoteDrafts({ store: first, editionVersion: '1.0.0', delayMs: 60_000 });
    const b = createNoteDrafts({ store: second, editionVersion: '1.0.0', delayMs: 60_000 });
    a.setBase('kort', undefined);
    b.setBase('kort', undefined);
    a.edit('kort', 'Fane A');
    b.edit('kort', 'Fane B');
    await a.flushAll();
    await b.flushAll();
    expect(b.state('kort')).toMatchObject({ status: 'conflict', theirs: { text: 'Fane A' } });
    expect(b.pending('kort')).toBe('Fane B');
    expect(await lost(['Fane A', 'Fane B'], first)).toEqual([]);
  });

  it('a page closed before its write landed: the stash brings the note back on the next open', async () => {
    const store = tab();
    const dying: NotesStore = { ...store, stash: store.stash, put: () => new Promise<void>(() => {}) };
    const drafts = createNoteDrafts({ store: dying, editionVersion: '1.0.0', delayMs: 60_000 });
    drafts.edit('a', 'Skrevet i sidste øjeblik');
    void drafts.flushAll();
    store.close();
    const { store: reopened } = openNotesStore();
    expect(await lost(['Skrevet i sidste øjeblik'], reopened)).toEqual([]);
    expect(createUnsavedNotesJournal().read()).toEqual([]);
  });

  it('a deleted note comes back whole on undo, after a delete-all too', async () => {
    const store = tab();
    const notes: Note[] = [buildNote({ cardId: 'a', text: 'En' }), buildNote({ cardId: 'b', text: 'To' })];
    for (const note of notes) await store.put(note);
    const storage = createIdbBackupStorage();
    const deleted = await storage.clearNotes();
    expect(await store.list()).toEqual([]);
    await storage.restoreNotes(deleted);
    expect(await store.list()).toEqual([...notes].reverse());
  });
});
