import type { Backup, BackupContents } from '../domain/backup-format';
import { planImport } from '../domain/backup-plan';
import type { ImportMode, ImportPlan, PlanOptions } from '../domain/backup-plan';
import { BRIEFS_STORE, DECKS_STORE, FAVOURITES_STORE, NOTES_STORE } from './db-schema';
import { NOTES_CHANGED_KEY, openNotesChannel } from './notes-channel';
import type { Note, NotesStore } from './notes-store';
import { openNotesDb } from './open-notes-db';
import type { NotesDb } from './open-notes-db';

/*
 * Backups, "delete all" and its undo: the operations on every note at once. Loaded only when the
 * user asks for one of them (the name starts with backup-, which keeps it out of the first
 * screen's chunk: see vite.config.ts).
 */
export interface BackupStorage {
  /** Notes, favourites, own decks and briefs, read as one consistent snapshot. */
  read(): Promise<BackupContents>;
  /** What importing would do to what is stored now (the preview). */
  plan(backup: Backup, mode: ImportMode, options: PlanOptions): Promise<ImportPlan>;
  /**
   * Imports: plans against what is stored at that moment and writes the plan, all or nothing (one
   * IndexedDB transaction). Resolves with the plan it carried out.
   */
  import(backup: Backup, mode: ImportMode, options: PlanOptions): Promise<ImportPlan>;
  /** Deletes every note at once and gives them back, for an undo. */
  clearNotes(): Promise<Note[]>;
  /** Puts deleted notes back; where a card got a new note meanwhile, the two texts are joined. */
  restoreNotes(notes: readonly Note[]): Promise<void>;
}

const STORES = [NOTES_STORE, FAVOURITES_STORE, DECKS_STORE, BRIEFS_STORE] as const;

/** Tells every tab, this one included, that notes changed outside a NotesStore. */
function announce(): void {
  const channel = openNotesChannel(() => {});
  channel.post();
  channel.close();
  // Without BroadcastChannel the storage event reaches only other tabs: tell this one directly.
  if (typeof BroadcastChannel !== 'function' && typeof StorageEvent === 'function') {
    globalThis.dispatchEvent?.(new StorageEvent('storage', { key: NOTES_CHANGED_KEY }));
  }
}

/** A connection for one operation: opened, used, closed, so it never holds up another tab. */
async function withDb<T>(run: (db: NotesDb) => Promise<T>): Promise<T> {
  const db = await openNotesDb();
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

function withoutBase(note: Note): Note {
  const { basedOn: _basedOn, ...plain } = note;
  return plain;
}

function restored(old: Note, now: Note | undefined): Note | undefined {
  if (!now) return withoutBase(old);
  if (now.text === old.text) return undefined;
  return { ...withoutBase(now), text: `${now.text}\n\n${old.text}` };
}

/** The app's IndexedDB database. */
export function createIdbBackupStorage(): BackupStorage {
  async function readAll(tx: ReturnType<NotesDb['transaction']>): Promise<BackupContents> {
    const [notes, favourites, decks, briefs] = await Promise.all([
      tx.objectStore(NOTES_STORE).getAll(),
      tx.objectStore(FAVOURITES_STORE).getAll(),
      tx.objectStore(DECKS_STORE).getAll(),
      tx.objectStore(BRIEFS_STORE).getAll(),
    ]);
    return { notes, favourites, decks, briefs };
  }

  return {
    read: () => withDb(async (db) => readAll(db.transaction(STORES, 'readonly'))),
    plan: (backup, mode, options) =>
      withDb(async (db) => planImport(await readAll(db.transaction(STORES, 'readonly')), backup, mode, options)),
    async import(backup, mode, options) {
      const plan = await withDb(async (db) => {
        const tx = db.transaction(STORES, 'readwrite');
        // Only IndexedDB requests are awaited inside: the transaction stays open from read to write.
        const planned = planImport(await readAll(tx), backup, mode, options);
        const requests: Promise<unknown>[] = [tx.done];
        try {
          for (const cardId of planned.notes.remove) requests.push(tx.objectStore(NOTES_STORE).delete(cardId));
          for (const note of planned.notes.put) requests.push(tx.objectStore(NOTES_STORE).put(withoutBase(note)));
          for (const cardId of planned.favourites.remove) requests.push(tx.objectStore(FAVOURITES_STORE).delete(cardId));
          for (const favourite of planned.favourites.put) requests.push(tx.objectStore(FAVOURITES_STORE).put(favourite));
          for (const id of planned.decks.remove) requests.push(tx.objectStore(DECKS_STORE).delete(id));
          for (const deck of planned.decks.put) requests.push(tx.objectStore(DECKS_STORE).put(deck));
          for (const id of planned.briefs.remove) requests.push(tx.objectStore(BRIEFS_STORE).delete(id));
          for (const brief of planned.briefs.put) requests.push(tx.objectStore(BRIEFS_STORE).put(brief));
        } catch (error) {
          // A request refused at once (bad key, the transaction already aborted): undo all.
          try {
            tx.abort();
          } catch {
            // It was aborted already.
          }
          await Promise.allSettled(requests);
          throw tx.error ?? error;
        }
        // One failure aborts the transaction: then nothing at all was written.
        await Promise.all(requests).catch((error: unknown) => {
          throw tx.error ?? error;
        });
        return planned;
      });
      announce();
      return plan;
    },
    async clearNotes() {
      const notes = await withDb(async (db) => {
        const tx = db.transaction(NOTES_STORE, 'readwrite');
        const all = await tx.store.getAll();
        await Promise.all([tx.store.clear(), tx.done]);
        return all;
      });
      announce();
      return notes;
    },
    async restoreNotes(notes) {
      await withDb(async (db) => {
        const tx = db.transaction(NOTES_STORE, 'readwrite');
        const now = await Promise.all(notes.map((note) => tx.store.get(note.cardId)));
        const writes = notes.flatMap((note, index) => {
          const next = restored(note, now[index]);
          return next ? [tx.store.put(next)] : [];
        });
        await Promise.all([...writes, tx.done]);
      });
      announce();
    },
  };
}

/**
 * Where IndexedDB cannot be used (the notes live in memory for this visit): notes only, through
 * the store the app already uses. Nothing can fail halfway in memory, so this is all or nothing too.
 */
export function createStoreBackupStorage(store: NotesStore): BackupStorage {
  const notesOnly = (backup: BackupContents): BackupContents => ({ notes: backup.notes, favourites: [], decks: [], briefs: [] });
  async function read(): Promise<BackupContents> {
    return notesOnly({ notes: await store.list(), favourites: [], decks: [], briefs: [] });
  }
  return {
    read,
    plan: async (backup, mode, options) => planImport(await read(), { ...backup, ...notesOnly(backup) }, mode, options),
    async import(backup, mode, options) {
      const planned = planImport(await read(), { ...backup, ...notesOnly(backup) }, mode, options);
      for (const cardId of planned.notes.remove) await store.delete(cardId);
      for (const note of planned.notes.put) await store.put(withoutBase(note));
      return planned;
    },
    async clearNotes() {
      const notes = await store.list();
      for (const note of notes) await store.delete(note.cardId);
      return notes;
    },
    async restoreNotes(notes) {
      for (const note of notes) {
        const next = restored(note, await store.get(note.cardId));
        if (next) await store.put(next);
      }
    },
  };
}
