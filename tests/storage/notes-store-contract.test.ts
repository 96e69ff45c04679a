import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbNotesStore, createMemoryNotesStore, NoteConflictError } from '../../src/storage/notes-store';
import type { NotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';

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
    for (const [cardId, updatedAt] of [['a', 1000], ['b', 5000], ['c', 3000], ['d', 3000], ['e', 4000]] as const) {
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

    const refused = store.put(buildNote({ cardId: 'a', text: 'skrevet oven på den første', updatedAt: 3000, basedOn: 1000 }));
    await expect(refused).rejects.toBeInstanceOf(NoteConflictError);
    await expect(refused).rejects.toMatchObject({ name: 'NoteConflictError', stored: { text: 'den anden fanes', updatedAt: 2000 } });
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
    await expect(store.put(buildNote({ cardId: 'a', text: 'min', updatedAt: 3000, basedOn: 0 }))).rejects.toBeInstanceOf(NoteConflictError);
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
    const note = buildNote({ cardId: 'a', editionVersion: '1.1.0', cardText: { da: 'Kortets tekst', en: 'The card’s text' } });
    await store.put(note);
    expect(await store.get('a')).toEqual(note);
  });
});
