import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteDrafts, useNotesStore } from './notes-context';

export type NoteStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'error';

export interface UseNoteResult {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly status: NoteStatus;
  /** A translated sentence saying what went wrong, when status is 'error'. */
  readonly error?: string;
}

interface Local {
  readonly cardId: string;
  readonly text: string;
  readonly loading: boolean;
  readonly loadFailed: boolean;
}

/**
 * The note on one card: the saved text once loaded, saved again 300 ms after the last keystroke,
 * and written at once when the card changes or the field goes away.
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
  const loading = local.loading;

  // What the user typed on this card since loading began: read when the saved note arrives.
  const typed = useRef<{ readonly cardId: string; readonly text: string } | null>(null);

  useEffect(() => {
    if (!loading) return;
    typed.current = null;
    let current = true;
    store.get(cardId).then(
      (note) => {
        if (!current) return;
        const typedText = typed.current?.cardId === cardId ? typed.current.text : undefined;
        if (typedText === undefined) {
          setLocal((prev) => (prev.cardId === cardId && prev.loading ? { ...prev, text: note?.text ?? '', loading: false } : prev));
          return;
        }
        // The user typed before the saved note arrived: keep both rather than lose either.
        if (!note || note.text === typedText) return;
        const merged = typedText.trim() === '' ? note.text : `${note.text}\n\n${typedText}`;
        typed.current = { cardId, text: merged };
        setLocal((prev) => (prev.cardId === cardId ? { ...prev, text: merged } : prev));
        drafts.edit(cardId, merged);
      },
      () => {
        if (current) setLocal((prev) => (prev.cardId === cardId ? { ...prev, loading: false, loadFailed: true } : prev));
      },
    );
    return () => {
      current = false;
    };
    // Loading is asked once per card; typing (which ends `loading`) must not cancel it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cardId, store, drafts]);

  useEffect(() => () => void drafts.flush(cardId), [cardId, drafts]);

  const setText = useCallback(
    (text: string) => {
      typed.current = { cardId, text };
      setLocal((prev) => ({ cardId, text, loading: false, loadFailed: prev.cardId === cardId && prev.loadFailed }));
      drafts.edit(cardId, text);
    },
    [cardId, drafts],
  );

  const draft = useSyncExternalStore(drafts.subscribe, () => drafts.state(cardId));

  if (draft.status === 'error') return { text: local.text, setText, status: 'error', error: t(errorKey(draft.error)) };
  if (local.loadFailed && draft.status === 'idle') return { text: local.text, setText, status: 'error', error: t('field.error.load') };
  if (local.loading) return { text: local.text, setText, status: 'loading' };
  return { text: local.text, setText, status: draft.status };
}

function errorKey(error: unknown): 'field.error.quota' | 'field.error.closed' | 'field.error.generic' {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'field.error.quota';
  // The connection was closed for a newer version in another tab.
  if (name === 'VersionError' || name === 'InvalidStateError') return 'field.error.closed';
  return 'field.error.generic';
}
