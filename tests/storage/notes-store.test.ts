import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createIdbNotesStore,
  createMemoryNotesStore,
  createUnsavedNotesJournal,
  NoteConflictError,
  openNotesStore,
  UNSAVED_NOTES_KEY,
} from '../../src/storage/notes-store';
import type { NotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';
import { openDB } from 'idb';

// Both stores promise the same behaviour, so the UI can be handed either.
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

const stores: Array<[string, () => NotesStore]> = [
  [
    'IndexedDB',
    () => {
      const store = createIdbNotesStore();
      closers.push(store.close);
      return store;
    },
  ],
  ['memory', () => createMemoryNotesStore()],
];

describe.each(stores)('%s notes store', (_name, createStore) => {
  it('gives back a note it was given', async () => {
    const store = createStore();
    const note = buildNote({ cardId: 'spoerg-om-csr', text: 'Spørg om CSR-strategien' });
    await store.put(note);
    expect(await store.get('spoerg-om-csr')).toEqual(note);
  });

  it('has nothing for a card without a note', async () => {
    expect(await createStore().get('ukendt-kort')).toBeUndefined();
  });

  it('replaces a note on the same card', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', text: 'først' }));
    await store.put(buildNote({ cardId: 'a', text: 'siden' }));
    expect((await store.get('a'))?.text).toBe('siden');
    expect(await store.list()).toHaveLength(1);
  });

  it('deletes a note', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a' }));
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it.each([[''], ['   '], ['\n\t ']])('deletes the note when saved with blank text %j', async (blank) => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', text: 'noget' }));
    await store.put(buildNote({ cardId: 'a', text: blank }));
    expect(await store.get('a')).toBeUndefined();
  });

  it('does not create a note from blank text', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', text: ' ' }));
    expect(await store.list()).toEqual([]);
  });

  it('keeps text exactly as written, markup and whitespace included', async () => {
    const store = createStore();
    const text = '  <img src=x onerror=alert(1)>\nlinje 2  ';
    await store.put(buildNote({ cardId: 'a', text }));
    expect((await store.get('a'))?.text).toBe(text);
  });

  it('lists every note, newest change first', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'gammel', updatedAt: 1000 }));
    await store.put(buildNote({ cardId: 'nyest', updatedAt: 3000 }));
    await store.put(buildNote({ cardId: 'midt', updatedAt: 2000 }));
    expect((await store.list()).map((note) => note.cardId)).toEqual(['nyest', 'midt', 'gammel']);
  });

  it('lists only the newest notes when asked for a few, in the same order as the whole list', async () => {
    const store = createStore();
    for (const [cardId, updatedAt] of [
      ['a', 1000],
      ['b', 5000],
      ['c', 3000],
      ['d', 3000],
      ['e', 4000],
    ] as const) {
      await store.put(buildNote({ cardId, updatedAt }));
    }
    const all = (await store.list()).map((note) => note.cardId);
    expect(all).toEqual(['b', 'e', 'd', 'c', 'a']);
    expect((await store.list(3)).map((note) => note.cardId)).toEqual(all.slice(0, 3));
    expect((await store.list(10)).map((note) => note.cardId)).toEqual(all);
    expect(await store.list(0)).toEqual([]);
  });

  it('moves a note to the top when it is changed', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', updatedAt: 1000 }));
    await store.put(buildNote({ cardId: 'b', updatedAt: 2000 }));
    await store.put(buildNote({ cardId: 'a', updatedAt: 3000, text: 'rettet' }));
    expect((await store.list()).map((note) => note.cardId)).toEqual(['a', 'b']);
  });

  it('tells subscribers after each change, and stops when unsubscribed', async () => {
    const store = createStore();
    const listener = vi.fn(async () => (await store.get('a'))?.text);
    const unsubscribe = store.subscribe(listener);
    await store.put(buildNote({ cardId: 'a', text: 'ny' }));
    expect(listener).toHaveBeenCalledTimes(1);
    // Told after the change: a listener that reads sees the new note.
    await expect(listener.mock.results[0]?.value).resolves.toBe('ny');
    await store.put(buildNote({ cardId: 'a', text: '' }));
    await store.delete('a');
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    await store.put(buildNote({ cardId: 'b' }));
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('refuses a write based on a note that has changed since, writes nothing, and says what is stored', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', text: 'min første', updatedAt: 1000 }));
    // Another tab (or an import) writes meanwhile.
    await store.put(buildNote({ cardId: 'a', text: 'den anden fanes', updatedAt: 2000 }));
    const listener = vi.fn();
    store.subscribe(listener);

    const refused = store.put(
      buildNote({ cardId: 'a', text: 'skrevet oven på den første', updatedAt: 3000, basedOn: 1000 }),
    );
    await expect(refused).rejects.toBeInstanceOf(NoteConflictError);
    await expect(refused).rejects.toMatchObject({
      name: 'NoteConflictError',
      stored: { text: 'den anden fanes', updatedAt: 2000 },
    });
    expect((await store.get('a'))?.text).toBe('den anden fanes');
    expect(listener).not.toHaveBeenCalled();
  });

  it('writes when the base is what is stored, or when nothing was stored and nothing is', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'ny', text: 'første gang', updatedAt: 1000, basedOn: 0 }));
    await store.put(buildNote({ cardId: 'ny', text: 'anden gang', updatedAt: 2000, basedOn: 1000 }));
    expect((await store.get('ny'))?.text).toBe('anden gang');
  });

  it('refuses a first note on a card when another tab created one meanwhile', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', text: 'den anden fanes', updatedAt: 2000 }));
    await expect(
      store.put(buildNote({ cardId: 'a', text: 'min', updatedAt: 3000, basedOn: 0 })),
    ).rejects.toBeInstanceOf(NoteConflictError);
  });

  it('sees no conflict when the stored text is the same, or when the note was deleted meanwhile (nothing to lose)', async () => {
    const store = createStore();
    await store.put(buildNote({ cardId: 'a', text: 'ens', updatedAt: 2000 }));
    await store.put(buildNote({ cardId: 'a', text: 'ens', updatedAt: 3000, basedOn: 1 }));
    await store.delete('a');
    await store.put(buildNote({ cardId: 'a', text: 'tilbage', updatedAt: 4000, basedOn: 3000 }));
    expect((await store.get('a'))?.text).toBe('tilbage');
  });

  it('keeps the card text and edition a note was written against', async () => {
    const store = createStore();
    const note = buildNote({
      cardId: 'a',
      editionVersion: '1.1.0',
      cardText: { da: 'Kortets tekst', en: 'The card’s text' },
    });
    await store.put(note);
    expect(await store.get('a')).toEqual(note);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openNotesStore', () => {
  it('uses IndexedDB when it opens, and the notes survive a new store', async () => {
    const first = openNotesStore();
    expect(await first.persistent).toBe('idb');
    await first.store.put(buildNote({ cardId: 'a', text: 'bliver på enheden' }));

    const second = openNotesStore();
    expect((await second.store.get('a'))?.text).toBe('bliver på enheden');
  });

  it('falls back to memory when there is no IndexedDB (some private windows)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store, persistent } = openNotesStore();
    expect(await persistent).toBe('memory');
    await store.put(buildNote({ cardId: 'a', text: 'kun i fanen' }));
    expect((await store.get('a'))?.text).toBe('kun i fanen');
  });

  it('falls back to memory when IndexedDB refuses to open', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { store, persistent } = openNotesStore();
    expect(await persistent).toBe('memory');
    await store.put(buildNote({ cardId: 'a', text: 'virker stadig' }));
    expect(await store.list()).toHaveLength(1);
  });

  it('falls back to memory when the open request fails', async () => {
    // A tab still running old code after another tab moved the database to a newer version.
    const newer = await openDB('samarbejdskort', 99);
    newer.close();
    const { persistent } = openNotesStore();
    expect(await persistent).toBe('memory');
  });
});

describe('unsaved notes journal', () => {
  it('keeps the newest stashed note per card, in localStorage under a fixed name', () => {
    const journal = createUnsavedNotesJournal();
    journal.write([buildNote({ cardId: 'a', text: 'ældre', updatedAt: 1 })]);
    journal.write([buildNote({ cardId: 'a', text: 'nyere', updatedAt: 2 }), buildNote({ cardId: 'b', updatedAt: 2 })]);
    journal.write([buildNote({ cardId: 'a', text: 'for gammel', updatedAt: 0 })]);
    expect(journal.read().map((note) => [note.cardId, note.text])).toEqual([
      ['a', 'nyere'],
      ['b', expect.any(String)],
    ]);
    expect(localStorage.getItem('samarbejdskort.unsavedNotes')).not.toBeNull();
    expect(UNSAVED_NOTES_KEY).toBe('samarbejdskort.unsavedNotes');
  });

  it('forgets a card once a write at least as new has landed, but not a newer stash', () => {
    const journal = createUnsavedNotesJournal();
    journal.write([buildNote({ cardId: 'a', updatedAt: 5 })]);
    journal.forget('a', 4);
    expect(journal.read()).toHaveLength(1);
    journal.forget('a', 5);
    expect(journal.read()).toEqual([]);
    expect(localStorage.getItem(UNSAVED_NOTES_KEY)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem(UNSAVED_NOTES_KEY, '{not json');
    expect(createUnsavedNotesJournal().read()).toEqual([]);
    localStorage.setItem(UNSAVED_NOTES_KEY, JSON.stringify([{ cardId: 1 }, buildNote({ cardId: 'ok' })]));
    expect(
      createUnsavedNotesJournal()
        .read()
        .map((note) => note.cardId),
    ).toEqual(['ok']);
  });

  it('does nothing (and does not throw) where storage is blocked or full', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const journal = createUnsavedNotesJournal({
      getItem: blocked,
      setItem: blocked,
      removeItem: blocked,
    } as unknown as Storage);
    expect(() => journal.write([buildNote()])).not.toThrow();
    expect(journal.read()).toEqual([]);
  });
});

describe('recovering stashed notes', () => {
  it('writes notes stashed by a page that closed before its write landed', async () => {
    const closing = createIdbNotesStore();
    closing.stash([buildNote({ cardId: 'a', text: 'nået lige', updatedAt: 10 })]);
    closing.close();

    const { store } = openNotesStore();
    expect((await store.get('a'))?.text).toBe('nået lige');
    expect(createUnsavedNotesJournal().read()).toEqual([]);
  });

  it('lets a newer stored note win over an older stash', async () => {
    const first = createIdbNotesStore();
    await first.put(buildNote({ cardId: 'a', text: 'skrevet senere', updatedAt: 20 }));
    first.close();
    createUnsavedNotesJournal().write([buildNote({ cardId: 'a', text: 'stashet før', updatedAt: 10 })]);

    const { store } = openNotesStore();
    expect((await store.get('a'))?.text).toBe('skrevet senere');
    expect(createUnsavedNotesJournal().read()).toEqual([]);
  });

  it('deletes a note the user cleared just before the page closed', async () => {
    const first = createIdbNotesStore();
    await first.put(buildNote({ cardId: 'a', text: 'slettes', updatedAt: 10 }));
    first.stash([buildNote({ cardId: 'a', text: '', updatedAt: 20 })]);
    first.close();

    const { store } = openNotesStore();
    expect(await store.get('a')).toBeUndefined();
  });

  it('clears the stash entry when the stashed write lands after all', async () => {
    const store = createIdbNotesStore();
    const note = buildNote({ cardId: 'a', updatedAt: 10 });
    store.stash([note]);
    await store.put({ ...note, updatedAt: 11 });
    expect(createUnsavedNotesJournal().read()).toEqual([]);
    store.close();
  });

  it('keeps another tab’s stash when this tab’s write lands, and recovers it on the next open', async () => {
    const closing = createIdbNotesStore();
    const other = createIdbNotesStore();
    await other.put(buildNote({ cardId: 'a', text: 'fælles start', updatedAt: 10 }));
    // This tab typed over the start and was closed before its write landed ...
    closing.stash([buildNote({ cardId: 'a', text: 'lukket midt i', updatedAt: 20, basedOn: 10 })]);
    closing.close();
    // ... while the other tab wrote on, later.
    await other.put(buildNote({ cardId: 'a', text: 'den anden fane', updatedAt: 30 }));
    expect(
      createUnsavedNotesJournal()
        .read()
        .map((note) => note.text),
    ).toEqual(['lukket midt i']);
    other.close();

    const { store } = openNotesStore();
    expect((await store.get('a'))?.text).toBe('lukket midt i\n\nden anden fane');
    expect(createUnsavedNotesJournal().read()).toEqual([]);
  });

  it('never writes a stash over a note another tab saves while it is being recovered', async () => {
    const other = createIdbNotesStore();
    await other.put(buildNote({ cardId: 'a', text: 'fælles start', updatedAt: 10 }));
    // A closed tab typed on the start; its write never landed.
    createUnsavedNotesJournal().write([
      buildNote({ cardId: 'a', text: 'fra den lukkede fane', updatedAt: 20, basedOn: 10 }),
    ]);
    // The other tab saves on the same start the moment recovery has read the stored note.
    let saving: Promise<unknown> | undefined;
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementationOnce(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['get']>
    ) {
      saving = other
        .put(buildNote({ cardId: 'a', text: 'den anden fane', updatedAt: 30, basedOn: 10 }))
        .catch((error: unknown) => error);
      return get.apply(this, args);
    });

    const recovering = createIdbNotesStore();
    await recovering.recoverStashed();
    const outcome = await saving;
    const stored = (await recovering.get('a'))?.text ?? '';
    // Both texts survive: in the store, or (refused as a conflict) in the other tab's field.
    expect(stored).toContain('fra den lukkede fane');
    expect(stored.includes('den anden fane') || outcome instanceof NoteConflictError).toBe(true);
    recovering.close();
    other.close();
  });

  it('keeps one entry per tab and card', () => {
    const first = createUnsavedNotesJournal();
    const second = createUnsavedNotesJournal();
    first.write([buildNote({ cardId: 'a', text: 'fane 1', updatedAt: 5 })]);
    second.write([buildNote({ cardId: 'a', text: 'fane 2', updatedAt: 1 })]);
    first.forget('a');
    expect(second.read().map((note) => note.text)).toEqual(['fane 2']);
  });
});
