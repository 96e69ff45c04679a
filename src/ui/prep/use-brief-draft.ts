import { useCallback, useEffect, useRef, useState } from 'react';
import type { Brief } from '../../domain/brief-model';
import type { BriefsStore } from '../../storage/record-store';

export type DraftState =
  { readonly status: 'loading' } | { readonly status: 'missing' } | { readonly status: 'ready'; readonly brief: Brief };
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface BriefDraft {
  readonly state: DraftState;
  readonly saveStatus: SaveStatus;
  /** Applies a change at once on screen; it is written shortly after the last change. */
  update(change: (brief: Brief, now: number) => Brief): void;
  /** Writes the pending change now. */
  flush(): Promise<void>;
}

/**
 * One brief being edited: loaded from the store, every change kept on screen at once and written
 * `delayMs` after the last one, and written at once when the page is hidden, left or unmounted
 * (the same exits the notes use), so a tablet put to sleep mid-sentence loses nothing.
 */
export function useBriefDraft(store: BriefsStore, id: string, delayMs = 400): BriefDraft {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  const latest = useRef<Brief | undefined>(undefined);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let current = true;
    store.get(id).then(
      (brief) => {
        if (!current) return;
        latest.current = brief;
        setState(brief ? { status: 'ready', brief } : { status: 'missing' });
      },
      () => {
        if (current) setState({ status: 'missing' });
      },
    );
    return () => {
      current = false;
    };
  }, [store, id]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const brief = latest.current;
    if (!dirty.current || !brief) return;
    dirty.current = false;
    setSaveStatus('saving');
    try {
      await store.put(brief);
      if (!dirty.current) setSaveStatus('saved');
    } catch {
      // Kept on screen and tried again with the next change or exit.
      dirty.current = true;
      setSaveStatus('error');
    }
  }, [store]);

  const update = useCallback(
    (change: (brief: Brief, now: number) => Brief) => {
      const brief = latest.current;
      if (!brief) return;
      const next = change(brief, Date.now());
      latest.current = next;
      dirty.current = true;
      setState({ status: 'ready', brief: next });
      setSaveStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = (): void => void flush();
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { state, saveStatus, update, flush };
}
