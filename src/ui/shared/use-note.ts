import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../storage/notes-store';
import { useNoteDrafts, useNotesStore } from './notes-context';

export type NoteStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface UseNoteResult {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly status: NoteStatus;
  /** A translated sentence saying what went wrong, when status is 'error'. */
  readonly error?: string;
  /** The note as stored (for the edition and card text it was written against). */
  readonly note?: Note | undefined;
  /** When status is 'conflict': what another tab (or an import) stored meanwhile. */
  readonly theirs?: Note | undefined;
  /** Ends a conflict with this text, written over what the other tab stored. */
  readonly resolve: (text: string) => void;
}

interface Local {
  readonly cardId: string;
  readonly text: string;
  readonly loading: boolean;
  readonly loadFailed: boolean;
  readonly note?: Note | undefined;
}

/**
 * The note on one card: the saved text once loaded, saved again 300 ms after the last keystroke,
 * and written at once when the card changes or the field goes away. A change made in another tab
 * shows at once while nothing is being typed here; over unsaved text it becomes a conflict.
 */
export function useNote(cardId: string): UseNoteResult {
  const { t } = useTranslation('notes');
  const store = useNotesStore();
  const drafts = useNoteDrafts();

  const start = (id: string): Local => {
    // A draft still being written (the field was remounted) is newer than anything stored.
    const pending = drafts.pending(id);
    return { cardId: id, text: pending ?? '', loading: pending === undefined, loadFailed: false };
  };
  const [stored, setLocal] = useState<Local>(() => start(cardId));
  let local = stored;
  if (local.cardId !== cardId) {
    // Another card: start over during render, so the old card's text is never shown on the new one.
    local = start(cardId);
    setLocal(local);
  }

  // What the user typed on this card since loading began: read when the saved note arrives.
  const typed = useRef<{ readonly cardId: string; readonly text: string } | null>(null);

  useEffect(() => {
    typed.current = null;
    let current = true;
    const wasLoading = drafts.pending(cardId) === undefined;
    store.get(cardId).then(
      (note) => {
        if (!current) return;
        const typedText = typed.current?.cardId === cardId ? typed.current.text : undefined;
        if (!wasLoading) {
          // The field came back to an unwritten draft: it stays; only learn what is stored.
          setLocal((prev) => (prev.cardId === cardId ? { ...prev, note } : prev));
          return;
        }
        drafts.setBase(cardId, note);
        if (typedText === undefined) {
          setLocal((prev) =>
            prev.cardId === cardId && prev.loading ? { ...prev, text: note?.text ?? '', loading: false, note } : prev,
          );
          return;
        }
        setLocal((prev) => (prev.cardId === cardId ? { ...prev, note } : prev));
        // The user typed before the saved note arrived: keep both rather than lose either.
        if (!note || note.text === typedText) return;
        const merged = typedText.trim() === '' ? note.text : `${note.text}\n\n${typedText}`;
        typed.current = { cardId, text: merged };
        setLocal((prev) => (prev.cardId === cardId ? { ...prev, text: merged } : prev));
        drafts.edit(cardId, merged);
      },
      () => {
        if (current)
          setLocal((prev) => (prev.cardId === cardId ? { ...prev, loading: false, loadFailed: true } : prev));
      },
    );
    return () => {
      current = false;
    };
    // Asked once per card: typing (which ends `loading`) must not cancel it.
  }, [cardId, store, drafts]);

  useEffect(() => {
    let current = true;
    // A change here, in another tab or by an import: follow it unless the user is typing over it.
    const unsubscribe = store.subscribe((change) => {
      // A write through this store says what it wrote: no need to read it back.
      if (change && change.cardId !== cardId) return;
      void (change ? Promise.resolve(change.note) : store.get(cardId)).then(
        (note) => {
          if (!current) return;
          const typing = drafts.pending(cardId) !== undefined;
          // Typing here: write now, and if the stored note changed underneath, the write says so.
          if (typing) void drafts.flush(cardId);
          else drafts.setBase(cardId, note);
          setLocal((prev) =>
            prev.cardId !== cardId || prev.loading
              ? prev
              : { ...prev, note, text: typing ? prev.text : (note?.text ?? '') },
          );
        },
        () => {},
      );
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [cardId, store, drafts]);

  useEffect(() => () => void drafts.flush(cardId), [cardId, drafts]);

  const setText = useCallback(
    (text: string) => {
      typed.current = { cardId, text };
      setLocal((prev) => ({
        cardId,
        text,
        loading: false,
        loadFailed: prev.cardId === cardId && prev.loadFailed,
        note: prev.cardId === cardId ? prev.note : undefined,
      }));
      drafts.edit(cardId, text);
    },
    [cardId, drafts],
  );

  // The same on the server (the prerendered page): no drafts before anything is typed.
  const draftState = (): ReturnType<typeof drafts.state> => drafts.state(cardId);
  const draft = useSyncExternalStore(drafts.subscribe, draftState, draftState);
  // In a conflict, the newest stored note this field has heard of (the other tab may write on).
  const theirs = [draft.theirs, local.note].reduce<Note | undefined>(
    (a, b) => (b && (!a || b.updatedAt > a.updatedAt) ? b : a),
    undefined,
  );

  const resolve = useCallback(
    (text: string) => {
      drafts.setBase(cardId, theirs);
      setText(text);
      void drafts.flush(cardId);
    },
    [cardId, drafts, setText, theirs],
  );

  const base = { text: local.text, setText, note: local.note, resolve };

  if (draft.status === 'conflict') return { ...base, status: 'conflict', theirs };
  if (draft.status === 'error') return { ...base, status: 'error', error: t(errorKey(draft.error)) };
  if (local.loadFailed && draft.status === 'idle') return { ...base, status: 'error', error: t('field.error.load') };
  if (local.loading) return { ...base, status: 'loading' };
  return { ...base, status: draft.status };
}

function errorKey(error: unknown): 'field.error.quota' | 'field.error.closed' | 'field.error.generic' {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'field.error.quota';
  // The connection was closed for a newer version in another tab.
  if (name === 'VersionError' || name === 'InvalidStateError') return 'field.error.closed';
  return 'field.error.generic';
}
