/** Names on users' devices and between open tabs: never change without care. */
export const NOTES_CHANNEL = 'samarbejdskort.notes' as const;
/** The localStorage key tabs touch to tell each other where there is no BroadcastChannel. */
export const NOTES_CHANGED_KEY = 'samarbejdskort.notesChanged' as const;

/** Tells the other tabs of this app that notes changed, and hears when they say so. */
export interface NotesChannel {
  post(): void;
  close(): void;
}

/**
 * BroadcastChannel where there is one; otherwise the `storage` event, which every other tab of
 * the origin gets when one tab writes localStorage. Neither reaches the tab that posted.
 */
export function openNotesChannel(onChange: () => void): NotesChannel {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    channel.onmessage = onChange;
    return {
      post: () => channel.postMessage(0),
      close: () => channel.close(),
    };
  }
  const onStorage = (event: StorageEvent): void => {
    if (event.key === NOTES_CHANGED_KEY) onChange();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return {
    post() {
      try {
        // A new value each time: writing the same value fires no event.
        localStorage.setItem(NOTES_CHANGED_KEY, `${Date.now()} ${Math.random()}`);
      } catch {
        // Storage blocked: other tabs catch up when they next read.
      }
    },
    close: () => globalThis.removeEventListener?.('storage', onStorage),
  };
}
