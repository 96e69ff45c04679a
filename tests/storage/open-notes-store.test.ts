import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNotesStore } from '../../src/storage/notes-store';
import { buildNote } from './fixtures/build-note';

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
