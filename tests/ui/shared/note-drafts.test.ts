import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import type { NotesStore } from '../../../src/storage/notes-store';
import { createNoteDrafts, SAVE_DELAY_MS } from '../../../src/ui/shared/note-drafts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('note drafts', () => {
  it('writes the last text once, after the delay', async () => {
    const store = createMemoryNotesStore();
    const put = vi.spyOn(store, 'put');
    const drafts = createNoteDrafts({ store, editionVersion: '1.0.0' });
    drafts.edit('a', 'H');
    drafts.edit('a', 'Hej');
    expect(drafts.state('a').status).toBe('saving');
    expect(drafts.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(put).toHaveBeenCalledTimes(1);
    expect(await store.get('a')).toMatchObject({ text: 'Hej', editionVersion: '1.0.0', updatedAt: Date.now() });
    expect(drafts.state('a').status).toBe('saved');
    expect(drafts.hasUnsaved()).toBe(false);
  });

  it('flushes every card at once', async () => {
    const store = createMemoryNotesStore();
    const drafts = createNoteDrafts({ store, editionVersion: '1.0.0' });
    drafts.edit('a', 'en');
    drafts.edit('b', 'to');
    await drafts.flushAll();
    expect((await store.list()).map((note) => note.text).sort()).toEqual(['en', 'to']);
    expect(drafts.hasUnsaved()).toBe(false);
  });

  it('keeps a draft typed while an earlier one was being written, and writes in order', async () => {
    // A store whose writes finish only when the test says so.
    const memory = createMemoryNotesStore();
    const waiting: Array<() => void> = [];
    const store: NotesStore = {
      ...memory,
      put: (note) => new Promise<void>((resolve) => waiting.push(() => void memory.put(note).then(resolve))),
    };
    const finishNext = async (): Promise<void> => {
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()!();
    };
    const drafts = createNoteDrafts({ store, editionVersion: '1.0.0' });
    drafts.edit('a', 'første');
    const first = drafts.flush('a');
    drafts.edit('a', 'første og anden');
    await finishNext();
    await first;
    expect(drafts.pending('a')).toBe('første og anden');
    expect(drafts.state('a').status).toBe('saving');

    const second = drafts.flushAll();
    await finishNext();
    await second;
    expect((await memory.get('a'))?.text).toBe('første og anden');
    expect(drafts.hasUnsaved()).toBe(false);
    expect(drafts.state('a').status).toBe('saved');
  });

  it('keeps a draft whose write failed, reports the error and retries on the next flush', async () => {
    const memory = createMemoryNotesStore();
    const full = new DOMException('full', 'QuotaExceededError');
    const put = vi
      .fn<NotesStore['put']>()
      .mockRejectedValueOnce(full)
      .mockImplementation((note) => memory.put(note));
    const drafts = createNoteDrafts({ store: { ...memory, put }, editionVersion: '1.0.0' });
    drafts.edit('a', 'tekst');
    await drafts.flushAll();
    expect(drafts.state('a')).toEqual({ status: 'error', error: full });
    expect(drafts.pending('a')).toBe('tekst');
    expect(drafts.hasUnsaved()).toBe(true);
    await drafts.flushAll();
    expect((await memory.get('a'))?.text).toBe('tekst');
    expect(drafts.hasUnsaved()).toBe(false);
  });

  it('tells when a note with text was saved (to ask for persistent storage), not when one was cleared', async () => {
    const onSaved = vi.fn();
    const drafts = createNoteDrafts({ store: createMemoryNotesStore(), editionVersion: '1.0.0', onSaved });
    drafts.edit('a', '   ');
    await drafts.flushAll();
    expect(onSaved).not.toHaveBeenCalled();
    drafts.edit('a', 'noget');
    await drafts.flushAll();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('holds a draft that met a newer note of another tab: no write until the user has seen it', async () => {
    const store = createMemoryNotesStore([{ cardId: 'a', text: 'start', updatedAt: 1, editionVersion: '1.0.0' }]);
    const drafts = createNoteDrafts({
      store,
      editionVersion: '1.1.0',
      cardText: () => ({ da: 'Kortets tekst', en: 'The card' }),
    });
    drafts.setBase('a', await store.get('a'));
    await store.put({ cardId: 'a', text: 'fra den anden fane', updatedAt: 2, editionVersion: '1.0.0' });
    drafts.edit('a', 'min');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(drafts.state('a')).toMatchObject({ status: 'conflict', theirs: { text: 'fra den anden fane' } });

    // Typing on in a conflict changes the draft, never the store.
    drafts.edit('a', 'min, og mere');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 10);
    await drafts.flush('a');
    expect((await store.get('a'))?.text).toBe('fra den anden fane');
    expect(drafts.hasUnsaved()).toBe(true);

    // Seen: the next write goes over it, recording the edition and the card's text.
    drafts.setBase('a', await store.get('a'));
    expect(drafts.state('a').status).toBe('idle');
    drafts.edit('a', 'min, og mere');
    await drafts.flush('a');
    expect(await store.get('a')).toMatchObject({
      text: 'min, og mere',
      editionVersion: '1.1.0',
      cardText: { da: 'Kortets tekst' },
      basedOn: 2,
    });
  });
});
