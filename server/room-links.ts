import type { RoomLinks } from './live-server';

/**
 * The tokens travel after `#`: a fragment never reaches a web server's logs. The facilitator's link
 * also carries the projector's and participants' tokens (p, a), as a room started in the app does, so
 * the controller can show the participants' QR code and the projector's link; theirs carry only their own.
 * `key` (k) seals the room's values end to end; every device gets it, no server does.
 */
export function roomLinks(base: string, { room, tokens }: RoomLinks, key?: string) {
  const k = key ? `&k=${key}` : '';
  const link = (path: string, token: string) => `${base}${path}#r=${room}&t=${token}`;
  return {
    facilitator: `${link('/live/styr', tokens.facilitator)}&p=${tokens.projector}&a=${tokens.participant}${k}`,
    projector: `${link('/live/skaerm', tokens.projector)}${k}`,
    participant: `${link('/live', tokens.participant)}${k}`,
  };
}

/**
 * Only a page in a secure context has WebCrypto: https, or this machine itself. A LAN address over plain
 * http has none, so a room printed for it is not sealed.
 */
export function canSeal(base: string): boolean {
  const { protocol, hostname } = new URL(base);
  return protocol === 'https:' || hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
