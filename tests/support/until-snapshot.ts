import type { LiveRoom, LiveSnapshot } from '../../src/live/live-room';

/** The room's first snapshot that passes the check: now, or on a later change. */
export function untilSnapshot(room: LiveRoom, check: (s: LiveSnapshot) => boolean): Promise<LiveSnapshot> {
  return new Promise((resolve) => {
    const look = () => {
      const s = room.getSnapshot();
      if (!check(s)) return;
      stop();
      resolve(s);
    };
    const stop = room.subscribe(look);
    look();
  });
}
