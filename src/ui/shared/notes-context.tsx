import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { NotesStore, StorageKind } from '../../storage/notes-store';
import { cardsById } from '../../domain/cards-by-id';
import { EditionContext } from './edition-context';
import { createNoteDrafts } from './note-drafts';
import type { NoteDrafts } from './note-drafts';

/** 'opening' while the composition root is still finding out whether IndexedDB works. */
export type NotesStorageKind = StorageKind | 'opening';

interface NotesContextValue {
  readonly store: NotesStore;
  readonly drafts: NoteDrafts;
  readonly storageKind: NotesStorageKind;
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
  const [savedOnce, setSavedOnce] = useState(false);
  // Each note records the card's text, so a later edition can show what changed under it.
  const edition = useContext(EditionContext);

  const drafts = useMemo(
    () =>
      createNoteDrafts({
        store,
        editionVersion,
        cardText: (cardId) => {
          const loaded = edition?.peek();
          return loaded && cardsById(loaded).get(cardId)?.tip.text;
        },
        ...(saveDelayMs === undefined ? {} : { delayMs: saveDelayMs }),
        onSaved: () => setSavedOnce(true),
      }),
    [store, editionVersion, edition, saveDelayMs],
  );

  useEffect(() => {
    // Asked only after the first note is written, not on load: Firefox shows a prompt, and a
    // prompt makes sense once there is something worth keeping. Its code loads only then.
    if (storageKind === 'idb' && savedOnce)
      void import('../../storage/request-persistence').then((m) => m.requestPersistence());
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

  const value = useMemo(() => ({ store, drafts, storageKind }), [store, drafts, storageKind]);
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

/** Where notes are kept: on the device, in memory for this visit, or not known yet. */
export function useNotesStorage(): { readonly kind: NotesStorageKind } {
  const { storageKind } = useNotesContext();
  return useMemo(() => ({ kind: storageKind }), [storageKind]);
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

/** Text typed but not (yet) written, per card: an export includes it rather than miss it. */
export function usePendingNotes(): () => ReadonlyMap<string, string> {
  const { drafts } = useNotesContext();
  return useCallback(() => drafts.pendingAll(), [drafts]);
}
