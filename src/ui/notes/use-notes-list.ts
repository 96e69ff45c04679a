import { useEffect, useState } from 'react';
import type { Note } from '../../storage/notes-store';
import { useNotesStore } from './notes-context';

export interface NotesList {
  /** Newest first; undefined until first read. */
  readonly notes: Note[] | undefined;
  /** False while only the first screenful has been read (see useNotesList's `first`). */
  readonly complete: boolean;
}

/**
 * Every saved note, newest first, kept current as notes change. With `first`, the newest `first`
 * notes are read (and shown) before the rest: with thousands of notes, the screen fills at once.
 */
export function useNotesList({ first }: { readonly first?: number } = {}): NotesList {
  const store = useNotesStore();
  const [list, setList] = useState<NotesList>({ notes: undefined, complete: false });
  useEffect(() => {
    let current = true;
    const readAll = (): void => {
      store.list().then(
        (notes) => {
          if (current) setList({ notes, complete: true });
        },
        () => {
          if (current) setList({ notes: [], complete: true });
        },
      );
    };
    if (first === undefined) readAll();
    else {
      store.list(first).then((notes) => {
        if (!current) return;
        setList({ notes, complete: notes.length < first });
        // The rest after the first screenful has been drawn.
        if (notes.length >= first) setTimeout(() => current && readAll(), 0);
      }, readAll);
    }
    const unsubscribe = store.subscribe(readAll);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store, first]);
  return list;
}
