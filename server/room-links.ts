import type { RoomLinks } from './live-server';

/**
 * The tokens travel after `#`: a fragment never reaches a web server's logs. The facilitator's link
 * also carries the projector's and participants' tokens (p, a), as a room started in the app does, so
 * the controller can show the participants' QR code and the projector's link; theirs carry only their own.
 */
export function roomLinks(base: string, { room, tokens }: RoomLinks) {
  const link = (path: string, token: string) => `${base}${path}#r=${room}&t=${token}`;
  return {
    facilitator: `${link('/live/styr', tokens.facilitator)}&p=${tokens.projector}&a=${tokens.participant}`,
    projector: link('/live/skaerm', tokens.projector),
    participant: link('/live', tokens.participant),
  };
}
