// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createLiveServer, createRoom } from '../../server/live-server';
import { newSession } from '../../src/domain/facilitator-session';
import { joinLiveRoom } from '../../src/live/live-room';
import { startServerProcess } from '../support/live-server-process';
import type { LiveRoom } from '../../src/live/live-room';
import { untilSnapshot } from '../support/until-snapshot';

const secret = 'live room test';
const server = createLiveServer({ secret, port: 0 });
let port = 0;
const rooms: LiveRoom[] = [];

beforeAll(async () => {
  // Node's own WebSocket and events, with just the page events the room listens to.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  await server.listen();
  port = server.address.port;
});
afterEach(() => rooms.splice(0).forEach((r) => r.destroy()));
afterAll(() => server.destroy());

function join(room: string, token: string, at = port): LiveRoom {
  const live = joinLiveRoom({ url: `ws://127.0.0.1:${at}/socket`, room, token });
  rooms.push(live);
  return live;
}

// A busy shared machine: every wait is for an event, the limit only catches a hang.
describe('joinLiveRoom', { timeout: 30_000 }, () => {
  it("carries the facilitator's card to a participant and a participant's answer back, anonymously", async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(room, tokens.facilitator);
    const pupil = join(room, tokens.participant);
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.setSession({ ...newSession({ from: 'laerer', to: 'virksomhed' }, 'et-kort', 'da'), side: 'back' });
    host.openQuestion({
      id: 'q1',
      kind: 'text',
      prompt: 'Hvad tager du med?',
      cardId: 'et-kort',
      openedAt: 1,
      revealed: false,
    });
    const seen = await untilSnapshot(pupil, (s) => s.session?.side === 'back' && s.open?.id === 'q1');
    expect(seen.session?.cardId).toBe('et-kort');
    const replies: string[] = [];
    pupil.onReply((r) => replies.push(r));
    pupil.contribute({ type: 'answer', questionId: 'q1', text: '<b>mod</b>' });
    const replied = new Promise((r) => pupil.onReply(r));
    const after = await untilSnapshot(host, (s) => s.answers.length === 1);
    await replied;
    expect(Object.keys(after.answers[0] ?? {}).sort()).toEqual(['at', 'questionId', 'text']);
    expect(replies).toEqual(['accepted']);
  });

  it('comes back after the server restarts, on the current card', async () => {
    const { room, tokens } = createRoom(secret, 1);
    const first = await startServerProcess({ secret });
    const host = join(room, tokens.facilitator, first.port);
    const pupil = join(room, tokens.participant, first.port);
    await untilSnapshot(pupil, (s) => s.status === 'connected');
    await first.kill();
    await untilSnapshot(pupil, (s) => s.status === 'reconnecting');
    const second = await startServerProcess({ secret, port: first.port });
    onTestFinished(() => void second.kill());
    window.dispatchEvent(new Event('online'));
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.setSession(newSession({ from: 'laerer', to: 'virksomhed' }, 'andet-kort', 'da'));
    // Back in step: the card may arrive a moment before the room counts the device as connected again.
    await untilSnapshot(pupil, (s) => s.session?.cardId === 'andet-kort' && s.status === 'connected');
  });

  it("is connected only once it has the room's state: a facilitator's reload finds the card, not an empty room", async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(room, tokens.facilitator);
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.setSession(newSession({ from: 'laerer', to: 'virksomhed' }, 'tredje-kort', 'da'));
    const pupil = join(room, tokens.participant);
    await untilSnapshot(pupil, (s) => s.session?.cardId === 'tredje-kort');
    // The tablet reloads: a new document joins the same room.
    host.destroy();
    const again = join(room, tokens.facilitator);
    const first = await untilSnapshot(again, (s) => s.status === 'connected');
    // The controller starts a room's deck when a connected room has none: here it has one.
    expect(first.session?.cardId).toBe('tredje-kort');
  });

  it('says the room has ended and stops', async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(room, tokens.facilitator);
    const pupil = join(room, tokens.participant);
    await untilSnapshot(pupil, (s) => s.status === 'connected');
    host.end();
    expect((await untilSnapshot(pupil, (s) => s.status === 'ended')).status).toBe('ended');
    expect((await untilSnapshot(join(room, tokens.participant), (s) => s.status !== 'connecting')).status).toBe(
      'ended',
    );
  });
});
