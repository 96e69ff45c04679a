import { openNotesDb } from './open-notes-db';
import type { NotesDb, NotesDbEvent } from './open-notes-db';

/** A store on the app's database that opens it on demand (notes, briefs, decks, favourites). */
export interface OpensOnDemand {
  /** Opens the database now (rejects if IndexedDB cannot be used), instead of on first use. */
  open(): Promise<void>;
  /** Closes the cached connection; the next call opens a new one. */
  close(): void;
}

export interface CachedConnection extends OpensOnDemand {
  /** The open database, opening it on first use (or again after it was closed for another tab). */
  db(): Promise<NotesDb>;
}

/**
 * One cached connection to the app's database for a store that opens on demand. It lets go when
 * another tab needs a newer version (openNotesDb closes it) and a failed open is not cached, so
 * the next call tries again.
 */
export function createCachedConnection({ onEvent }: { readonly onEvent?: (event: NotesDbEvent) => void } = {}): CachedConnection {
  let connection: Promise<NotesDb> | undefined;
  function db(): Promise<NotesDb> {
    if (!connection) {
      const opening = openNotesDb({
        ...(onEvent ? { onEvent } : {}),
        onClosed: () => {
          if (connection === opening) connection = undefined;
        },
      });
      opening.catch(() => {
        if (connection === opening) connection = undefined;
      });
      connection = opening;
    }
    return connection;
  }
  return {
    db,
    async open() {
      await db();
    },
    close() {
      const closing = connection;
      connection = undefined;
      void closing?.then(
        (database) => database.close(),
        () => {},
      );
    },
  };
}
