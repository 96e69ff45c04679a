/** The subscribe/notify half that every NotesStore shares. */
export interface Listeners {
  subscribe(listener: () => void): () => void;
  notify(): void;
}

export function createListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify() {
      // A copy, so a listener that unsubscribes while being told does not skip its neighbour.
      for (const listener of [...listeners]) listener();
    },
  };
}
