import type { BackupBrief, BackupContents, BackupDeck, BackupFavourite, BackupNote } from './backup-format';

/** Merge keeps what the device has and adds the backup; replace makes the device hold the backup. */
export type ImportMode = 'merge' | 'replace';

export interface NoteCounts {
  /** In the backup only. */
  readonly added: number;
  /** On both with different text; the backup's is the newer and takes over. */
  readonly changed: number;
  /**
   * On both with different text, the device's changed after the backup's. Merge keeps both texts
   * in the note; replace puts the backup's older text in its place.
   */
  readonly conflicts: number;
  readonly unchanged: number;
  /** On the device only: replace deletes them, merge keeps them. */
  readonly removed: number;
  /** Of the backup's notes, those on cards this edition does not have; imported all the same. */
  readonly orphans: number;
}

export interface RecordCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

export interface StoreWrites<T> {
  readonly put: readonly T[];
  /** Keys to delete (replace only). */
  readonly remove: readonly string[];
}

export interface ImportPlan {
  readonly mode: ImportMode;
  readonly notes: StoreWrites<BackupNote>;
  readonly favourites: StoreWrites<BackupFavourite>;
  readonly decks: StoreWrites<BackupDeck>;
  readonly briefs: StoreWrites<BackupBrief>;
  readonly counts: {
    readonly notes: NoteCounts;
    readonly favourites: RecordCounts;
    readonly decks: RecordCounts;
    readonly briefs: RecordCounts;
  };
}

export interface PlanOptions {
  /** Every card id of this edition, retired ones included. */
  readonly knownCardIds: ReadonlySet<string>;
  /** When the import happens (the time of notes that merge two texts). */
  readonly now: number;
  /** Joins the device's text and the backup's in a merged conflict (the UI adds a translated marker). */
  readonly joinConflict?: (deviceText: string, backupText: string) => string;
}

const defaultJoin = (deviceText: string, backupText: string): string => `${deviceText}\n\n${backupText}`;

function planNotes(
  device: readonly BackupNote[],
  incoming: readonly BackupNote[],
  mode: ImportMode,
  options: PlanOptions,
) {
  const onDevice = new Map(device.map((note) => [note.cardId, note]));
  const inBackup = new Set(incoming.filter((note) => note.text.trim() !== '').map((note) => note.cardId));
  const join = options.joinConflict ?? defaultJoin;
  const put: BackupNote[] = [];
  let added = 0;
  let changed = 0;
  let conflicts = 0;
  let unchanged = 0;
  for (const note of incoming) {
    const mine = onDevice.get(note.cardId);
    // A note with no text is no note (the stores delete it); it can bring nothing back.
    if (note.text.trim() === '') continue;
    if (!mine) {
      added += 1;
      put.push(note);
    } else if (mine.text === note.text) {
      unchanged += 1;
      // Replace still takes the backup's record (its edition and card text), merge leaves it.
      if (mode === 'replace') put.push(note);
    } else if (note.updatedAt > mine.updatedAt) {
      changed += 1;
      put.push(note);
    } else {
      conflicts += 1;
      // Merge never drops the device's newer text, nor the backup's.
      put.push(
        mode === 'replace'
          ? note
          : { ...mine, text: join(mine.text, note.text), updatedAt: Math.max(options.now, mine.updatedAt) },
      );
    }
  }
  const removed = device.filter((note) => !inBackup.has(note.cardId)).map((note) => note.cardId);
  const orphans = incoming.filter((note) => !options.knownCardIds.has(note.cardId)).length;
  return {
    writes: { put, remove: mode === 'replace' ? removed : [] },
    counts: { added, changed, conflicts, unchanged, removed: mode === 'replace' ? removed.length : 0, orphans },
  };
}

/** Records keyed by `key`; the newer by `stamp` wins a merge, the backup wins a replace. */
function planRecords<T>(
  device: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
  key: (item: T) => string,
  stamp: (item: T) => number,
) {
  const onDevice = new Map(device.map((item) => [key(item), item]));
  const inBackup = new Set(incoming.map(key));
  const put: T[] = [];
  let added = 0;
  let changed = 0;
  for (const item of incoming) {
    const mine = onDevice.get(key(item));
    if (!mine) {
      added += 1;
      put.push(item);
    } else if (JSON.stringify(mine) !== JSON.stringify(item) && (mode === 'replace' || stamp(item) > stamp(mine))) {
      changed += 1;
      put.push(item);
    }
  }
  const removed = mode === 'replace' ? device.map(key).filter((id) => !inBackup.has(id)) : [];
  return { writes: { put, remove: removed }, counts: { added, changed, removed: removed.length } };
}

/**
 * What importing `backup` into a device holding `device` will do, in `mode`: the preview's counts
 * and the writes, computed once so the preview and the import agree. Pure: the caller reads the
 * device and applies the writes in one transaction.
 */
export function planImport(
  device: BackupContents,
  backup: BackupContents,
  mode: ImportMode,
  options: PlanOptions,
): ImportPlan {
  const notes = planNotes(device.notes, backup.notes, mode, options);
  const favourites = planRecords(
    device.favourites,
    backup.favourites,
    mode,
    (f) => f.cardId,
    () => 0,
  );
  const decks = planRecords(
    device.decks,
    backup.decks,
    mode,
    (d) => d.id,
    (d) => d.updatedAt,
  );
  const briefs = planRecords(
    device.briefs,
    backup.briefs,
    mode,
    (b) => b.id,
    (b) => b.updatedAt,
  );
  return {
    mode,
    notes: notes.writes,
    favourites: favourites.writes,
    decks: decks.writes,
    briefs: briefs.writes,
    counts: { notes: notes.counts, favourites: favourites.counts, decks: decks.counts, briefs: briefs.counts },
  };
}
