import type { IDBPTransaction } from 'idb';
import type { Backup, BackupContents } from '../domain/backup-format';
import { planImport } from '../domain/backup-plan';
import type { ImportMode, ImportPlan, PlanOptions } from '../domain/backup-plan';
import type { BackupTimes } from '../domain/backup-reminder';
import { BRIEFS_STORE, DECKS_STORE, FAVOURITES_STORE, META_STORE, NOTES_STORE, tx } from './local-db';
import type { LocalDbSchema } from './local-db';
import { NOTES_CHANGED_KEY, openNotesChannel } from './notes-channel';
import type { Note, NotesStore } from './notes-store';

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

function withoutBase(note: Note): Note {
  const { basedOn: _basedOn, ...plain } = note;
  return plain;
}

function restored(old: Note, now: Note | undefined): Note | undefined {
  if (!now) return withoutBase(old);
  if (now.text === old.text) return undefined;
  return { ...withoutBase(now), text: `${now.text}\n\n${old.text}` };
}

type Stores = typeof STORES extends readonly (infer Name)[] ? Name[] : never;

async function readAll(t: IDBPTransaction<LocalDbSchema, Stores, IDBTransactionMode>): Promise<BackupContents> {
  const [notes, favourites, decks, briefs] = await Promise.all([
    t.objectStore(NOTES_STORE).getAll(),
    t.objectStore(FAVOURITES_STORE).getAll(),
    t.objectStore(DECKS_STORE).getAll(),
    t.objectStore(BRIEFS_STORE).getAll(),
  ]);
  return { notes, favourites, decks, briefs };
}

/** The app's IndexedDB database; every operation is one transaction, so it is all or nothing. */
export function createIdbBackupStorage(): BackupStorage {
  const stores = [...STORES];
  return {
    read: () => tx(stores, 'readonly', readAll),
    plan: (backup, mode, options) =>
      tx(stores, 'readonly', async (t) => planImport(await readAll(t), backup, mode, options)),
    async import(backup, mode, options) {
      // Only IndexedDB requests are awaited inside: the transaction stays open from read to write.
      const plan = await tx(stores, 'readwrite', async (t) => {
        const planned = planImport(await readAll(t), backup, mode, options);
        const notes = t.objectStore(NOTES_STORE);
        const favourites = t.objectStore(FAVOURITES_STORE);
        const decks = t.objectStore(DECKS_STORE);
        const briefs = t.objectStore(BRIEFS_STORE);
        const requests: Promise<unknown>[] = [];
        try {
          for (const cardId of planned.notes.remove) requests.push(notes.delete(cardId));
          for (const note of planned.notes.put) requests.push(notes.put(withoutBase(note)));
          for (const cardId of planned.favourites.remove) requests.push(favourites.delete(cardId));
          for (const favourite of planned.favourites.put) requests.push(favourites.put(favourite));
          for (const id of planned.decks.remove) requests.push(decks.delete(id));
          for (const deck of planned.decks.put) requests.push(decks.put(deck));
          for (const id of planned.briefs.remove) requests.push(briefs.delete(id));
          for (const brief of planned.briefs.put) requests.push(briefs.put(brief));
        } catch (error) {
          // A request refused at once (a bad key, or the transaction aborted under it): undo all, and
          // let the requests already made settle, so none of them rejects unheard.
          try {
            t.abort();
          } catch {
            // Already aborted.
          }
          await Promise.allSettled(requests);
          throw error;
        }
        // One failure aborts the transaction: then nothing at all was written.
        await Promise.all(requests);
        return planned;
      });
      announce();
      return plan;
    },
    async clearNotes() {
      const notes = await tx(NOTES_STORE, 'readwrite', async (t) => {
        const all = await t.store.getAll();
        await t.store.clear();
        return all;
      });
      announce();
      return notes;
    },
    async restoreNotes(notes) {
      await tx(NOTES_STORE, 'readwrite', async (t) => {
        const now = await Promise.all(notes.map((note) => t.store.get(note.cardId)));
        await Promise.all(
          notes.map((note, index) => {
            const next = restored(note, now[index]);
            return next && t.store.put(next);
          }),
        );
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
  const notesOnly = (backup: BackupContents): BackupContents => ({
    notes: backup.notes,
    favourites: [],
    decks: [],
    briefs: [],
  });
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

/*
 * Keys in the meta store: names on users' devices, never change without a migration. Times are
 * milliseconds since the epoch.
 */
/** When the user last saved a backup file (JSON; a Markdown print is not a backup). */
export const LAST_BACKUP_KEY = 'backup.lastExportAt' as const;
/** When notes were first seen without any backup: the reminder counts from here. */
export const REMIND_FROM_KEY = 'backup.remindFrom' as const;
/** When the user last put the reminder away. */
export const REMINDER_DISMISSED_KEY = 'backup.reminderDismissedAt' as const;

const FIELDS = {
  lastBackupAt: LAST_BACKUP_KEY,
  remindFrom: REMIND_FROM_KEY,
  dismissedAt: REMINDER_DISMISSED_KEY,
} as const;
type Field = keyof typeof FIELDS;

/** The backup reminder's facts. */
export interface BackupMetaStore {
  read(): Promise<BackupTimes>;
  write(field: Field, time: number): Promise<void>;
}

/** The backup facts in IndexedDB's meta store. */
export function createIdbBackupMeta(): BackupMetaStore {
  return {
    read: () =>
      tx(META_STORE, 'readonly', async (t) => {
        const fields = Object.entries(FIELDS) as [Field, string][];
        const values = await Promise.all(fields.map(([, key]) => t.store.get(key)));
        const meta: Partial<Record<Field, number>> = {};
        // Anything but a time (a hand-edited or future value) counts as never.
        fields.forEach(([field], index) => {
          const value = values[index];
          if (typeof value === 'number' && Number.isFinite(value)) meta[field] = value;
        });
        return meta;
      }),
    write: (field, time) => tx(META_STORE, 'readwrite', async (t) => void (await t.store.put(time, FIELDS[field]))),
  };
}

/** Where nothing outlives the tab: the facts last for the visit. */
export function createMemoryBackupMeta(): BackupMetaStore {
  const meta: Partial<Record<Field, number>> = {};
  return {
    read: async () => ({ ...meta }),
    async write(field, time) {
      meta[field] = time;
    },
  };
}
