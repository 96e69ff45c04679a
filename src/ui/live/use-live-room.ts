import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveRoom, LiveSnapshot } from '../../live/live-room';

/**
 * The room's keys from the link's fragment: r room, t this device's token, p/a the projector's and participants',
 * k the key that seals the room's values (none in a plain room).
 */
export interface RoomKeys {
  readonly room: string;
  readonly token: string;
  readonly projector?: string | undefined;
  readonly participant?: string | undefined;
  readonly key?: string | undefined;
}

export function readKeys(hash: string): RoomKeys | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('r');
  const token = params.get('t');
  if (!room || !token) return undefined;
  return {
    room,
    token,
    projector: params.get('p') ?? undefined,
    participant: params.get('a') ?? undefined,
    key: params.get('k') ?? undefined,
  };
}

/** Links for the other devices; the tokens and the key stay after `#`, out of every server's logs. */
export function linkFor(
  origin: string,
  role: 'participant' | 'projector',
  { room, key }: Pick<RoomKeys, 'room' | 'key'>,
  token: string,
): string {
  return `${origin}/live${role === 'projector' ? '/skaerm' : ''}#r=${room}&t=${token}${key ? `&k=${key}` : ''}`;
}

const noRoom = () => () => {};
const nothing = () => undefined;

/**
 * Joins the room while the screen is open. Yjs and the provider are a chunk of their own, loaded
 * here: the screen and its strings paint first, and no other screen ever pays for them.
 */
export function useLiveRoom(
  keys: RoomKeys | undefined,
  /** The facilitator's controller: the room's answers as they come. */
  answers = false,
): {
  room: LiveRoom | undefined;
  snapshot: LiveSnapshot | undefined;
} {
  const [room, setRoom] = useState<LiveRoom>();
  const roomId = keys?.room;
  const token = keys?.token;
  const key = keys?.key;
  useEffect(() => {
    if (!roomId || !token) return;
    let live: LiveRoom | undefined;
    let gone = false;
    void import('../../live/live-room').then(({ joinLiveRoom, socketUrlFor }) => {
      if (gone) return;
      live = joinLiveRoom({ url: socketUrlFor(window.location), room: roomId, token, key, answers });
      setRoom(live);
    });
    return () => {
      gone = true;
      live?.destroy();
      setRoom(undefined);
    };
  }, [roomId, token, key, answers]);
  const snapshot = useSyncExternalStore(room?.subscribe ?? noRoom, room?.getSnapshot ?? nothing);
  return { room, snapshot };
}
