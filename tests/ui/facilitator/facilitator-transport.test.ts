import { describe, expect, it, vi } from 'vitest';
import type { FacilitatorMessage } from '../../../src/domain/facilitator-message';
import { FACILITATOR_STORAGE_KEY, openFacilitatorTransport } from '../../../src/ui/facilitator/facilitator-transport';
import type {
  PresentationConnectionLike,
  TransportEnvironment,
} from '../../../src/ui/facilitator/facilitator-transport';
import { FakeBroadcastChannel } from './fake-broadcast-channel';

const hello: FacilitatorMessage = { v: 1, kind: 'hello', sender: 'p1', role: 'projector' };

/** Windows without BroadcastChannel, sharing one localStorage: a write fires `storage` in the others. */
function storageRoom() {
  const data = new Map<string, string>();
  const windows: { listeners: Set<(event: StorageEvent) => void> }[] = [];
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      data.set(key, value);
      fire(key, value);
    },
    removeItem(key: string) {
      data.delete(key);
      fire(key, null);
    },
  } as Storage;
  let writer: (typeof windows)[number] | undefined;
  function fire(key: string, newValue: string | null): void {
    for (const w of windows) if (w !== writer) for (const l of w.listeners) l({ key, newValue } as StorageEvent);
  }
  return {
    data,
    window(): TransportEnvironment & { use(): void } {
      const w = { listeners: new Set<(event: StorageEvent) => void>() };
      windows.push(w);
      return {
        BroadcastChannel: undefined,
        localStorage: storage,
        addEventListener: (_type, l) => w.listeners.add(l),
        removeEventListener: (_type, l) => w.listeners.delete(l),
        use: () => {
          writer = w;
        },
      };
    },
  };
}

describe('facilitator transport', () => {
  it('uses BroadcastChannel where the browser has it', async () => {
    const env = (): TransportEnvironment => ({
      BroadcastChannel: FakeBroadcastChannel as unknown as typeof BroadcastChannel,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    const got: unknown[] = [];
    const a = openFacilitatorTransport(() => undefined, env());
    const b = openFacilitatorTransport((data) => got.push(data), env());
    a.post(hello);
    await Promise.resolve();
    expect(got).toEqual([hello]);
    b.close();
    a.post(hello);
    await Promise.resolve();
    expect(got).toHaveLength(1);
    a.close();
    // Posting after close is a no-op, not an exception.
    expect(() => a.post(hello)).not.toThrow();
  });

  it('falls back to the storage event, and leaves nothing in localStorage', () => {
    const room = storageRoom();
    const envA = room.window();
    const envB = room.window();
    const got: unknown[] = [];
    const a = openFacilitatorTransport(() => undefined, envA);
    openFacilitatorTransport((data) => got.push(data), envB);
    envA.use();
    a.post(hello);
    expect(got).toEqual([JSON.stringify(hello)]);
    expect(room.data.has(FACILITATOR_STORAGE_KEY)).toBe(false);
  });

  it('also speaks over a Presentation API connection once it is connected', () => {
    const listeners = new Map<string, ((event: { data: unknown }) => void)[]>();
    const sent: string[] = [];
    const connection: PresentationConnectionLike & { state: string } = {
      state: 'connecting',
      send: (text: string) => sent.push(text),
      addEventListener: (type: string, l: (event: { data: unknown }) => void) =>
        listeners.set(type, [...(listeners.get(type) ?? []), l]),
    } as PresentationConnectionLike & { state: string };
    const got: unknown[] = [];
    const onConnect = vi.fn();
    const transport = openFacilitatorTransport((data) => got.push(data), {
      BroadcastChannel: undefined,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    transport.addConnection(connection, onConnect);
    transport.post(hello);
    expect(sent).toEqual([]);
    connection.state = 'connected';
    for (const l of listeners.get('connect') ?? []) l({ data: undefined });
    expect(onConnect).toHaveBeenCalledTimes(1);
    transport.post(hello);
    expect(sent).toEqual([JSON.stringify(hello)]);
    for (const l of listeners.get('message') ?? []) l({ data: '{"v":1}' });
    expect(got).toEqual(['{"v":1}']);
  });
});
