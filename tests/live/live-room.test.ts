// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createLiveServer, createRoom } from '../../server/live-server';
import { newSession } from '../../src/domain/facilitator-session';
import { ANSWERS_DOC_SUFFIX } from '../../src/domain/live-room';
import { newRoomKey, roomSealer } from '../../src/live/room-key';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { startServerProcess } from '../support/live-server-process';
import type { LiveRoom } from '../../src/live/live-room';
import { buildQuestion, joinAs } from '../support/live-builders';
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

function join(room: string, token: string, at = port, key?: string): LiveRoom {
  const live = joinAs(at, room, token, key);
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

  it("keeps the answers from every participant's device until the facilitator reveals them", async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(room, tokens.facilitator);
    const [anna, bo] = [join(room, tokens.participant), join(room, tokens.participant)] as const;
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.openQuestion(buildQuestion());
    await untilSnapshot(anna, (s) => s.open?.id === 'q1');
    anna.contribute({ type: 'answer', questionId: 'q1', text: 'Annas svar' });
    await untilSnapshot(host, (s) => s.answers.length === 1);
    // Not in the room's document, so on no participant's device.
    expect(JSON.stringify(server.hocuspocus.documents.get(room)?.toJSON())).not.toContain('Annas svar');
    expect([anna, bo].map((d) => d.getSnapshot().answers)).toEqual([[], []]);
    host.reveal('q1', true);
    await untilSnapshot(bo, (s) => s.answers.some((a) => a.text === 'Annas svar'));
    // An answer that comes after the reveal is shown too; hiding the results again takes them back.
    bo.contribute({ type: 'answer', questionId: 'q1', text: 'Bos svar' });
    await untilSnapshot(anna, (s) => s.answers.length === 2);
    host.reveal('q1', false);
    await untilSnapshot(anna, (s) => s.answers.length === 0);
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

  describe('with a key in the link', () => {
    const question = buildQuestion();

    it('carries card, question and answers between devices while the server holds only ciphertext', async () => {
      const key = newRoomKey() ?? '';
      const { room, tokens } = createRoom(secret, 1);
      const host = join(room, tokens.facilitator, port, key);
      const pupil = join(room, tokens.participant, port, key);
      await untilSnapshot(host, (s) => s.status === 'connected');
      host.setSession({ ...newSession({ from: 'laerer', to: 'virksomhed' }, 'hemmeligt-kort', 'da'), side: 'back' });
      host.setJoinLink('https://eksempel.dk/live#r=x&t=y&k=z');
      host.openQuestion(question);
      await untilSnapshot(pupil, (s) => s.session?.cardId === 'hemmeligt-kort' && s.open?.id === 'q1');
      pupil.contribute({ type: 'answer', questionId: 'q1', text: 'Praktik i foråret' });
      const seen = await untilSnapshot(host, (s) => s.answers.length === 1);
      expect(seen.answers[0]).toMatchObject({ questionId: 'q1', text: 'Praktik i foråret' });
      expect(seen.joinLink).toBe('https://eksempel.dk/live#r=x&t=y&k=z');

      const stored = [room, `${room}${ANSWERS_DOC_SUFFIX}`].map((name) => server.hocuspocus.documents.get(name));
      expect(stored.every((d) => d !== undefined)).toBe(true);
      const bytes = stored.map((d) => new TextDecoder().decode(Y.encodeStateAsUpdate(d ?? new Y.Doc()))).join('');
      expect(bytes).toContain('q1'); // the open question's id stays plain: the server checks it
      for (const words of ['hemmeligt-kort', 'Hvad tager du', 'Praktik', 'eksempel.dk', 'laerer', 'back'])
        expect(bytes).not.toContain(words);
    });

    it('drops an answer that a device with the key cannot accept, and shows the rest', async () => {
      const key = newRoomKey() ?? '';
      const { room, tokens } = createRoom(secret, 1);
      const host = join(room, tokens.facilitator, port, key);
      const pupil = join(room, tokens.participant, port, key);
      await untilSnapshot(host, (s) => s.status === 'connected');
      host.openQuestion(question);
      await untilSnapshot(pupil, (s) => s.open?.id === 'q1');
      // Past the server (it cannot read them): too long, sealed with another key, a vote on a text question.
      const replies: string[] = [];
      pupil.onReply((r) => replies.push(r));
      pupil.contribute({ type: 'answer', questionId: 'q1', text: 'x'.repeat(281) });
      pupil.contribute({ type: 'vote', questionId: 'q1', cardId: 'et-kort' });
      pupil.contribute({ type: 'answer', questionId: 'q1', text: 'det sidste' });
      // A device with another key cannot even read the room (it is locked), so this one is sent by hand.
      const other = new HocuspocusProvider({
        url: `ws://127.0.0.1:${port}/socket`,
        name: room,
        token: tokens.participant,
      });
      onTestFinished(() => other.destroy());
      const wrong = await roomSealer(newRoomKey() ?? '');
      const data = await wrong.seal({ type: 'answer', questionId: 'q1', text: 'med en anden nøgle' });
      await new Promise((r) => other.on('synced', r));
      const otherReply = new Promise<string>((r) =>
        other.on('stateless', ({ payload }: { payload: string }) => r(payload)),
      );
      other.sendStateless(JSON.stringify({ type: 'sealed', questionId: 'q1', data }));
      expect(await otherReply).toBe('{"type":"accepted"}');
      if (replies.length < 3) await new Promise((r) => pupil.onReply(() => replies.length === 3 && r(undefined)));
      expect(replies).toEqual(['accepted', 'accepted', 'accepted']);
      // The server appends before it replies, so all four are in the room: a device that joins now reads them all.
      expect(server.hocuspocus.documents.get(`${room}${ANSWERS_DOC_SUFFIX}`)?.getArray('answers').length).toBe(4);
      const late = join(room, tokens.facilitator, port, key);
      const seen = await untilSnapshot(late, (s) => s.status === 'connected');
      expect(seen.answers.map((a) => a.text)).toEqual(['det sidste']);
    });

    it('says a room it cannot open is locked, and stops', async () => {
      const { room, tokens } = createRoom(secret, 1);
      const host = join(room, tokens.facilitator, port, newRoomKey());
      await untilSnapshot(host, (s) => s.status === 'connected');
      host.setSession(newSession({ from: 'laerer', to: 'virksomhed' }, 'et-kort', 'da'));
      const wrongKey = join(room, tokens.participant, port, newRoomKey());
      expect((await untilSnapshot(wrongKey, (s) => s.status === 'locked')).session).toBeUndefined();
      const notAKey = join(room, tokens.participant, port, 'kort');
      expect((await untilSnapshot(notAKey, (s) => s.status !== 'connecting')).status).toBe('locked');
    });
  });
});
