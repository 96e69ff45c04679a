import { useEffect, useState } from 'react';
import { useNotesStore } from '../notes/notes-context';

/**
 * Whether this device holds at least one note: the sign of real use that lets the app suggest
 * installing (never on a first look). Follows changes, so the first saved note counts at once.
 */
export function useHasNotes(): boolean {
  const store = useNotesStore();
  const [hasNotes, setHasNotes] = useState(false);
  useEffect(() => {
    let current = true;
    const check = (): void => {
      store.list().then(
        (notes) => {
          if (current) setHasNotes(notes.length > 0);
        },
        () => undefined,
      );
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store]);
  return hasNotes;
}
