import { describe, expect, it, vi } from 'vitest';
import { createIdbNotesStore, createUnsavedNotesJournal, NoteConflictError, openNotesStore, UNSAVED_NOTES_KEY } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';

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
    expect(createUnsavedNotesJournal().read().map((note) => note.cardId)).toEqual(['ok']);
  });

  it('does nothing (and does not throw) where storage is blocked or full', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const journal = createUnsavedNotesJournal({ getItem: blocked, setItem: blocked, removeItem: blocked } as unknown as Storage);
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
    expect(createUnsavedNotesJournal().read().map((note) => note.text)).toEqual(['lukket midt i']);
    other.close();

    const { store } = openNotesStore();
    expect((await store.get('a'))?.text).toBe('lukket midt i\n\nden anden fane');
    expect(createUnsavedNotesJournal().read()).toEqual([]);
  });

  it('never writes a stash over a note another tab saves while it is being recovered', async () => {
    const other = createIdbNotesStore();
    await other.put(buildNote({ cardId: 'a', text: 'fælles start', updatedAt: 10 }));
    // A closed tab typed on the start; its write never landed.
    createUnsavedNotesJournal().write([buildNote({ cardId: 'a', text: 'fra den lukkede fane', updatedAt: 20, basedOn: 10 })]);
    // The other tab saves on the same start the moment recovery has read the stored note.
    let saving: Promise<unknown> | undefined;
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementationOnce(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      saving = other.put(buildNote({ cardId: 'a', text: 'den anden fane', updatedAt: 30, basedOn: 10 })).catch((error: unknown) => error);
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
