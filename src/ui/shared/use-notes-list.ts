import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Note } from '../../storage/notes-store';
import { useNotesStore } from './notes-context';

export interface NotesList {
  /** Newest first; undefined until first read. */
  readonly notes: Note[] | undefined;
  /** False while only the first screenful has been read (see useNotesList's `first`). */
  readonly complete: boolean;
  /** Reading failed (notes is then empty, but nothing is gone): `retry` reads again. */
  readonly failed?: boolean;
  readonly retry: () => void;
}

/**
 * Every saved note, newest first, kept current as notes change. With `first`, the newest `first`
 * notes are read and drawn before the rest is read: with thousands of notes, the screen fills at once.
 */
export function useNotesList({ first }: { readonly first?: number } = {}): NotesList {
  const store = useNotesStore();
  const [list, setList] = useState<Omit<NotesList, 'retry'>>({ notes: undefined, complete: false });
  const [wantAll, setWantAll] = useState(first === undefined);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setList({ notes: undefined, complete: false });
    setAttempt((count) => count + 1);
  }, []);

  useEffect(() => {
    if (wantAll) return;
    let current = true;
    store.list(first).then(
      (notes) => {
        if (!current) return;
        const complete = first === undefined || notes.length < first;
        setList({ notes, complete });
        // From now on the whole list, kept current: at once if that was all of it, else once the
        // first screenful has been painted.
        const follow = (): void => {
          if (current) setWantAll(true);
        };
        if (complete) follow();
        else requestAnimationFrame(() => setTimeout(follow, 0));
      },
      () => current && setWantAll(true),
    );
    return () => {
      current = false;
    };
  }, [store, first, wantAll]);

  useEffect(() => {
    if (!wantAll) return;
    let current = true;
    const readAll = (): void => {
      store.list().then(
        (notes) => {
          if (current) setList({ notes, complete: true });
        },
        () => {
          if (current) setList({ notes: [], complete: true, failed: true });
        },
      );
    };
    readAll();
    const unsubscribe = store.subscribe(readAll);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store, wantAll, attempt]);
  return useMemo(() => ({ ...list, retry }), [list, retry]);
}
