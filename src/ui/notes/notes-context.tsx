import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { NotesStore } from '../../storage/notes-store';
import type { StorageKind } from '../../storage/open-notes-store';
import { checkPersistence, requestPersistence } from '../../storage/request-persistence';
import type { PersistenceStatus } from '../../storage/request-persistence';
import { createNoteDrafts } from './note-drafts';
import type { NoteDrafts } from './note-drafts';

/** 'opening' while the composition root is still finding out whether IndexedDB works. */
export type NotesStorageKind = StorageKind | 'opening';

interface NotesContextValue {
  readonly store: NotesStore;
  readonly drafts: NoteDrafts;
  readonly storageKind: NotesStorageKind;
  /** Unknown until the browser has answered. */
  readonly persistence: PersistenceStatus | undefined;
}

const NotesContext = createContext<NotesContextValue | null>(null);

interface NotesProviderProps {
  readonly store: NotesStore;
  /** Written into each note, so a later edition can tell what a note was written against. */
  readonly editionVersion: string;
  readonly storageKind: NotesStorageKind;
  /** Delay before a typed note is written (tests may shorten it). */
  readonly saveDelayMs?: number;
  readonly children: ReactNode;
}

/**
 * Notes for everything below: the store, the unsaved drafts, and the one flush that every exit
 * path calls (page hidden or left, provider gone, app update via useFlushNotes).
 */
export function NotesProvider({ store, editionVersion, storageKind, saveDelayMs, children }: NotesProviderProps) {
  const [persistence, setPersistence] = useState<PersistenceStatus | undefined>(undefined);
  const [savedOnce, setSavedOnce] = useState(false);

  const drafts = useMemo(
    () =>
      createNoteDrafts({
        store,
        editionVersion,
        ...(saveDelayMs === undefined ? {} : { delayMs: saveDelayMs }),
        onSaved: () => setSavedOnce(true),
      }),
    [store, editionVersion, saveDelayMs],
  );

  useEffect(() => {
    if (storageKind !== 'idb') return;
    let current = true;
    // Asked only after the first note is written, not on load: Firefox shows a prompt, and a
    // prompt makes sense once there is something worth keeping. Until then, only look.
    void (savedOnce ? requestPersistence() : checkPersistence()).then((status) => {
      if (current) setPersistence(status);
    });
    return () => {
      current = false;
    };
  }, [storageKind, savedOnce]);

  useEffect(() => {
    const flush = (): void => {
      void drafts.flushAll();
    };
    // pagehide is the last event a leaving page reliably gets (unload is not, and blocks the
    // back/forward cache); a hidden tab on a tablet may be killed without any further event.
    const onVisibilityChange = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      flush();
    };
  }, [drafts]);

  const value = useMemo(() => ({ store, drafts, storageKind, persistence }), [store, drafts, storageKind, persistence]);
  return <NotesContext.Provider value={value}>{children}</NotesContext.Provider>;
}

function useNotesContext(): NotesContextValue {
  const value = useContext(NotesContext);
  if (!value) throw new Error('Notes hooks need a NotesProvider (src/app).');
  return value;
}

export function useNotesStore(): NotesStore {
  return useNotesContext().store;
}

/** For useNote only: the drafts that are not written yet. */
export function useNoteDrafts(): NoteDrafts {
  return useNotesContext().drafts;
}

/** Where notes are kept and whether the browser promised to keep them. */
export function useNotesStorage(): { readonly kind: NotesStorageKind; readonly persistence: PersistenceStatus | undefined } {
  const { storageKind, persistence } = useNotesContext();
  return useMemo(() => ({ kind: storageKind, persistence }), [storageKind, persistence]);
}

/** Writes every unsaved note now; resolves when done (failures stay visible at the note). */
export function useFlushNotes(): () => Promise<void> {
  const { drafts } = useNotesContext();
  return useCallback(() => drafts.flushAll(), [drafts]);
}

/**
 * A function, not a boolean: it answers at the moment it is asked (e.g. right after a flush),
 * where a boolean captured at render would be stale.
 */
export function useHasUnsavedNotes(): () => boolean {
  const { drafts } = useNotesContext();
  return useCallback(() => drafts.hasUnsaved(), [drafts]);
}
