import { useMemo } from 'react';
import { useNotesStore } from '../shared/notes-context';
import { useStoreList } from '../shared/use-store-list';

/**
 * Whether this device holds at least one note: the sign of real use that lets the app suggest
 * installing (never on a first look). Follows changes, so the first saved note counts at once.
 * Reads the newest note only: ten thousand notes cost what one does.
 */
export function useHasNotes(): boolean {
  const store = useNotesStore();
  const newest = useStoreList(useMemo(() => ({ list: () => store.list(1), subscribe: store.subscribe }), [store]));
  return (newest?.length ?? 0) > 0;
}
