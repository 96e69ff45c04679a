import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbNotesStore } from '../../src/storage/notes-store';
import type { IdbNotesStore } from '../../src/storage/notes-store';
import { NOTES_CHANGED_KEY } from '../../src/storage/notes-channel';
import { buildNote } from './fixtures/build-note';

// Two stores on one database stand for two tabs: each has its own connection and channel.
const opened: IdbNotesStore[] = [];
function tab(): IdbNotesStore {
  const store = createIdbNotesStore();
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.unstubAllGlobals();
});

describe('notes across tabs', () => {
  it('tells the other tab at once when a note changes (BroadcastChannel)', async () => {
    const first = tab();
    const second = tab();
    await second.list();
    const heard = vi.fn();
    second.subscribe(heard);

    await first.put(buildNote({ cardId: 'a', text: 'fra fane 1' }));
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    expect((await second.get('a'))?.text).toBe('fra fane 1');

    heard.mockClear();
    await first.delete('a');
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
  });

  it('falls back to the storage event where there is no BroadcastChannel', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const first = tab();
    const second = tab();
    await second.list();
    const heard = vi.fn();
    second.subscribe(heard);

    await first.put(buildNote({ cardId: 'a', text: 'fra fane 1' }));
    const written = localStorage.getItem(NOTES_CHANGED_KEY);
    expect(written).not.toBeNull();
    // The browser fires this in every other tab; jsdom has one window, so the test delivers it.
    window.dispatchEvent(new StorageEvent('storage', { key: NOTES_CHANGED_KEY, newValue: written }));
    expect(heard).toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: 'samarbejdskort.language', newValue: 'en' }));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('stops hearing other tabs once closed', async () => {
    const first = tab();
    const second = tab();
    await second.list();
    const heard = vi.fn();
    second.subscribe(heard);
    second.close();
    await first.put(buildNote({ cardId: 'a' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).not.toHaveBeenCalled();
  });

  it('never lets a tab write over a change it has not seen', async () => {
    const first = tab();
    const second = tab();
    await first.put(buildNote({ cardId: 'a', text: 'start', updatedAt: 1000 }));
    await second.put(buildNote({ cardId: 'a', text: 'fane 2 skrev', updatedAt: 2000, basedOn: 1000 }));
    await expect(
      first.put(buildNote({ cardId: 'a', text: 'fane 1 skrev', updatedAt: 3000, basedOn: 1000 })),
    ).rejects.toMatchObject({
      name: 'NoteConflictError',
      stored: { text: 'fane 2 skrev' },
    });
    expect((await first.get('a'))?.text).toBe('fane 2 skrev');
  });
});
