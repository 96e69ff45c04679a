// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoom } from '../../server/live-server';
import { newSession } from '../../src/domain/facilitator-session';
import type { LiveRoom } from '../../src/live/live-room';
import { startServerProcess } from '../support/live-server-process';
import type { ServerProcess } from '../support/live-server-process';
import { startRedisProcess } from '../support/redis-process';
import type { RedisProcess } from '../support/redis-process';
import { buildQuestion, joinAs } from '../support/live-builders';
import { untilSnapshot } from '../support/until-snapshot';

// The hosted path: two server processes that share rooms only through Redis (no sticky sessions).
// A busy shared machine starts three processes slowly: every wait is for an event, this limit only catches a hang.
const LIMIT_MS = 90_000;

const secret = 'two processes';
let redis: RedisProcess | undefined;
let a: ServerProcess | undefined;
let b: ServerProcess | undefined;
const rooms: LiveRoom[] = [];

beforeAll(async () => {
  // Node's own WebSocket and events, with just the page events the room listens to.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  redis = await startRedisProcess();
  const env = { REDIS_URL: redis.url };
  a = await startServerProcess({ secret, env });
  b = await startServerProcess({ secret, env });
}, LIMIT_MS);
afterEach(() => rooms.splice(0).forEach((r) => r.destroy()));
afterAll(async () => {
  await Promise.all([a?.kill(), b?.kill()]);
  await redis?.stop();
}, LIMIT_MS);

function join(server: ServerProcess | undefined, room: string, token: string): LiveRoom {
  const live = joinAs(server!.port, room, token);
  rooms.push(live);
  return live;
}

describe('two live server processes sharing rooms through Redis', { timeout: LIMIT_MS }, () => {
  it("carries the facilitator's card change on process A to a participant on process B", async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(a, room, tokens.facilitator);
    const pupil = join(b, room, tokens.participant);
    await Promise.all([
      untilSnapshot(host, (s) => s.status === 'connected'),
      untilSnapshot(pupil, (s) => s.status === 'connected'),
    ]);
    host.setSession(newSession({ from: 'laerer', to: 'virksomhed' }, 'et-kort', 'da'));
    await untilSnapshot(pupil, (s) => s.session?.cardId === 'et-kort');
    host.setSession({ ...newSession({ from: 'laerer', to: 'virksomhed' }, 'andet-kort', 'da'), side: 'back' });
    const seen = await untilSnapshot(pupil, (s) => s.session?.cardId === 'andet-kort');
    expect(seen.session?.side).toBe('back');
    expect(seen.status).toBe('connected');
  });

  it("carries a participant's answer made on process B to the facilitator on process A", async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(a, room, tokens.facilitator);
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.openQuestion(buildQuestion());
    // B checks the answer against the open question, which it knows only through Redis.
    const pupil = join(b, room, tokens.participant);
    await untilSnapshot(pupil, (s) => s.open?.id === 'q1');
    const replied = new Promise((resolve) => pupil.onReply(resolve));
    pupil.contribute({ type: 'answer', questionId: 'q1', text: 'Mod til at spørge' });
    expect(await replied).toBe('accepted');
    const after = await untilSnapshot(host, (s) => s.answers.length === 1);
    expect(after.answers[0]).toMatchObject({ questionId: 'q1', text: 'Mod til at spørge' });
  });

  it('keeps an ended room closed on every process, one restarted since included', async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(a, room, tokens.facilitator);
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.end();
    await untilSnapshot(host, (s) => s.status === 'ended');
    // A restarts (a deploy): neither process has the room in memory any more, only Redis knows it ended.
    await a?.kill();
    a = await startServerProcess({ secret, env: { REDIS_URL: redis?.url ?? '' } });
    for (const server of [a, b]) {
      const late = join(server, room, tokens.participant);
      expect((await untilSnapshot(late, (s) => s.status !== 'connecting')).status).toBe('ended');
    }
  });

  it('keeps a room in Redis while nobody is in it, through a restart of every process', async () => {
    const { room, tokens } = createRoom(secret, 1);
    const host = join(a, room, tokens.facilitator);
    await untilSnapshot(host, (s) => s.status === 'connected');
    host.setSession(newSession({ from: 'laerer', to: 'virksomhed' }, 'efter-pausen', 'da'));
    const pupil = join(b, room, tokens.participant);
    await untilSnapshot(pupil, (s) => s.session?.cardId === 'efter-pausen');
    rooms.splice(0).forEach((r) => r.destroy());
    // A deploy stops both processes (each stores what it holds): only Redis has the room now.
    const env = { REDIS_URL: redis?.url ?? '' };
    await Promise.all([a?.stop(), b?.stop()]);
    [a, b] = await Promise.all([startServerProcess({ secret, env }), startServerProcess({ secret, env })]);
    const back = join(b, room, tokens.participant);
    expect((await untilSnapshot(back, (s) => s.status === 'connected')).session?.cardId).toBe('efter-pausen');
  });
});
