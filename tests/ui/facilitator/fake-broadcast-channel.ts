import { act } from '@testing-library/react';
import { FACILITATOR_PROTOCOL_VERSION } from '../../../src/domain/facilitator-message';
import type { FacilitatorMessage } from '../../../src/domain/facilitator-message';
import type { SessionState } from '../../../src/domain/facilitator-session';
import { FACILITATOR_CHANNEL } from '../../../src/ui/facilitator/facilitator-transport';

/**
 * BroadcastChannel between "windows" of one test: a message reaches every other open channel of
 * the same name, structured-cloned, a microtask later (like the real one: never synchronously,
 * never back to the sender).
 */
export class FakeBroadcastChannel {
  static readonly open = new Set<FakeBroadcastChannel>();
  onmessage: ((event: MessageEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;

  constructor(readonly name: string) {
    FakeBroadcastChannel.open.add(this);
  }

  postMessage(data: unknown): void {
    if (!FakeBroadcastChannel.open.has(this)) throw new Error('InvalidStateError: channel closed');
    const copy = structuredClone(data);
    for (const channel of FakeBroadcastChannel.open) {
      if (channel === this || channel.name !== this.name) continue;
      queueMicrotask(() => {
        if (FakeBroadcastChannel.open.has(channel))
          channel.onmessage?.({ data: structuredClone(copy) } as MessageEvent);
      });
    }
  }

  close(): void {
    FakeBroadcastChannel.open.delete(this);
  }
}

/** Another window on the facilitator channel, driven by the test: it records and sends raw messages. */
export function openPeer() {
  const channel = new FakeBroadcastChannel(FACILITATOR_CHANNEL);
  const received: unknown[] = [];
  channel.onmessage = (event) => received.push(event.data);
  return {
    received,
    /** Messages of one kind that reached this peer, in order. */
    of<K extends FacilitatorMessage['kind']>(kind: K): Extract<FacilitatorMessage, { kind: K }>[] {
      return received.filter(
        (m): m is Extract<FacilitatorMessage, { kind: K }> => (m as { kind?: unknown }).kind === kind,
      );
    },
    /** The last state a controller sent. */
    lastState(): SessionState | undefined {
      return this.of('state').at(-1)?.state;
    },
    async send(data: unknown): Promise<void> {
      await act(async () => {
        channel.postMessage(data);
        await Promise.resolve();
      });
    },
    /** A controller's state message from this peer. */
    stateMessage(state: SessionState, epoch: number, seq: number, sender = 'peer-controller'): FacilitatorMessage {
      return { v: FACILITATOR_PROTOCOL_VERSION, kind: 'state', sender, epoch, seq, state };
    },
    close(): void {
      channel.close();
    },
  };
}
