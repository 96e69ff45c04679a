import { describe, expect, it } from 'vitest';
import { createRoom } from '../../server/live-server';
import { canSeal, roomLinks } from '../../server/room-links';

const fragment = (link: string) => new URLSearchParams(new URL(link).hash.slice(1));

describe('the links `npm run live` prints', () => {
  const setup = createRoom('a secret', 1);
  const links = roomLinks('http://127.0.0.1:8080', setup);

  it("give the facilitator's controller the projector's and participants' tokens, to show their QR code and link", () => {
    const keys = fragment(links.facilitator);
    expect(new URL(links.facilitator).pathname).toBe('/live/styr');
    expect([keys.get('r'), keys.get('t'), keys.get('p'), keys.get('a')]).toEqual([
      setup.room,
      setup.tokens.facilitator,
      setup.tokens.projector,
      setup.tokens.participant,
    ]);
  });

  it("never put the facilitator's or projector's token in the participants' link", () => {
    expect(links.participant).not.toContain(setup.tokens.facilitator);
    expect(links.participant).not.toContain(setup.tokens.projector);
    expect(links.projector).not.toContain(setup.tokens.facilitator);
    expect(fragment(links.participant).get('t')).toBe(setup.tokens.participant);
  });

  it('keep every token after `#`, out of the URL a server logs', () => {
    for (const link of Object.values(links)) expect(new URL(link).search).toBe('');
  });

  it('give every device the key that seals the room, when there is one, after `#`', () => {
    const sealed = roomLinks('http://127.0.0.1:8080', setup, 'nøglen');
    for (const link of Object.values(sealed)) expect(fragment(link).get('k')).toBe('nøglen');
    for (const link of Object.values(links)) expect(fragment(link).has('k')).toBe(false);
  });

  it('seal a room only where the devices have WebCrypto: https or this machine, not a LAN over http', () => {
    expect(canSeal('https://kort.example')).toBe(true);
    expect(canSeal('http://127.0.0.1:8080')).toBe(true);
    expect(canSeal('http://localhost:8080')).toBe(true);
    expect(canSeal('http://192.168.1.20:8080')).toBe(false);
  });
});
