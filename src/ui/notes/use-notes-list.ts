import { useEffect, useState } from 'react';
import type { Note } from '../../storage/notes-store';
import { useNotesStore } from './notes-context';

/** Every saved note, newest first, kept current as notes change; undefined until first read. */
export function useNotesList(): Note[] | undefined {
  const store = useNotesStore();
  const [notes, setNotes] = useState<Note[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = (): void => {
      store.list().then(
        (list) => {
          if (current) setNotes(list);
        },
        () => {
          if (current) setNotes([]);
        },
      );
    };
    read();
    const unsubscribe = store.subscribe(read);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store]);
  return notes;
}
