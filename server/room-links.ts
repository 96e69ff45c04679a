import type { RoomLinks } from './live-server';

/** The tokens travel after `#`: a fragment never reaches a web server's logs. */
export function roomLinks(base: string, { room, tokens }: RoomLinks) {
  const link = (path: string, token: string) => `${base}${path}#r=${room}&t=${token}`;
  return {
    facilitator: link('/live/styr', tokens.facilitator),
    projector: link('/live/skaerm', tokens.projector),
    participant: link('/live', tokens.participant),
  };
}
