import type { ReactElement } from 'react';
import type { Note } from '../../storage/notes-store';
import { CardChangedNotice } from './card-changed-notice';
import { NoteConflict } from './note-conflict';

interface NoteExtrasProps {
  /** The note as stored, when there is one. */
  readonly note: Note | undefined;
  /** In a conflict: what the other tab (or an import) stored meanwhile. */
  readonly conflict: { readonly theirs: Note | undefined; readonly mine: string } | undefined;
  readonly onResolve: (text: string) => void;
}

/**
 * What the note field shows only now and then, loaded with its strings when needed: that the
 * card changed since the note, and a conflict with another tab.
 */
export function NoteExtras({ note, conflict, onResolve }: NoteExtrasProps): ReactElement | null {
  return (
    <>
      {note && <CardChangedNotice note={note} />}
      {conflict && <NoteConflict theirs={conflict.theirs?.text ?? ''} mine={conflict.mine} onResolve={onResolve} />}
    </>
  );
}
