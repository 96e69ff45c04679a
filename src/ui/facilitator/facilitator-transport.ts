import type { FacilitatorMessage } from '../../domain/facilitator-message';

/** Names shared by every window of the app; never change them while older windows may be open. */
export const FACILITATOR_CHANNEL = 'samarbejdskort-facilitator' as const;
export const FACILITATOR_STORAGE_KEY = 'samarbejdskort.facilitator.message' as const;

/** The part of a Presentation API connection we use (lib.dom does not describe the API). */
export interface PresentationConnectionLike {
  readonly state: string;
  send(text: string): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: 'connect' | 'close' | 'terminate', listener: () => void): void;
}

export interface FacilitatorTransport {
  /** Sends to every other window of this origin, and over every Presentation connection. */
  post(message: FacilitatorMessage): void;
  /** Adds a Presentation API connection; `onConnect` runs whenever it (re)connects. */
  addConnection(connection: PresentationConnectionLike, onConnect: () => void): void;
  close(): void;
}

export interface TransportEnvironment {
  readonly BroadcastChannel?: typeof BroadcastChannel | undefined;
  readonly localStorage?: Storage | undefined;
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

function browserEnvironment(): TransportEnvironment {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    // Storage blocked: only BroadcastChannel (or nothing) is left.
  }
  return {
    BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
    localStorage: storage,
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
  };
}

/**
 * Carries messages between windows of the same origin with no network: BroadcastChannel where the
 * browser has it, else the `storage` event (a value written to localStorage reaches every other
 * window; it is removed at once, so nothing stays behind). Incoming data is unchecked: the caller
 * parses it.
 */
export function openFacilitatorTransport(
  onData: (data: unknown) => void,
  env: TransportEnvironment = browserEnvironment(),
): FacilitatorTransport {
  const connections = new Set<PresentationConnectionLike>();
  let closed = false;
  const receive = (data: unknown): void => {
    if (!closed) onData(data);
  };

  let send: (message: FacilitatorMessage) => void;
  let stop: () => void;
  if (env.BroadcastChannel) {
    const channel = new env.BroadcastChannel(FACILITATOR_CHANNEL);
    channel.onmessage = (event: MessageEvent) => receive(event.data);
    // A message that cannot be deserialised here is dropped, like any other malformed one.
    channel.onmessageerror = () => undefined;
    send = (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // The channel was closed under us (the page is going away): nothing left to tell.
      }
    };
    stop = () => channel.close();
  } else {
    const storage = env.localStorage;
    const onStorage = (event: StorageEvent): void => {
      if (event.key === FACILITATOR_STORAGE_KEY && event.newValue !== null) receive(event.newValue);
    };
    env.addEventListener('storage', onStorage);
    send = (message) => {
      try {
        storage?.setItem(FACILITATOR_STORAGE_KEY, JSON.stringify(message));
        storage?.removeItem(FACILITATOR_STORAGE_KEY);
      } catch {
        // Storage full or blocked: this window cannot reach the others; the UI still works locally.
      }
    };
    stop = () => env.removeEventListener('storage', onStorage);
  }

  return {
    post(message) {
      if (closed) return;
      send(message);
      const text = JSON.stringify(message);
      for (const connection of connections) {
        if (connection.state === 'connected') connection.send(text);
      }
    },
    addConnection(connection, onConnect) {
      if (closed || connections.has(connection)) return;
      connections.add(connection);
      connection.addEventListener('message', (event) => receive(event.data));
      connection.addEventListener('connect', onConnect);
      connection.addEventListener('terminate', () => connections.delete(connection));
      if (connection.state === 'connected') onConnect();
    },
    close() {
      closed = true;
      connections.clear();
      stop();
    },
  };
}
