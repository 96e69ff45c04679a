/**
 * `npm run bench:live`: real providers (Node clients) against the real live server on loopback.
 * 1 room × 30 participants, then 100 rooms × 30 (3,000 connections) on one server process, then on
 * two processes sharing rooms through Redis (Debian's redis-server, started here on a free port).
 * Reports the latency from a facilitator's change to each participant (p50/p95 of every delivery, p95
 * of "the last participant of a change") and the server's resident memory per room.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { createRoom } from '../server/live-server';
import { startServerProcess } from '../tests/support/live-server-process';
import type { ServerProcess } from '../tests/support/live-server-process';

const secret = 'bench secret';
const ROUNDS = 5;
const PARTICIPANTS = 30;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
}

function join(port: number, room: string, token: string): Promise<Client> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}/socket`, delay: 250, maxAttempts: 0 });
  return new Promise((resolve) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      token,
      document: doc,
      awareness: null,
      onSynced: () => resolve({ doc, provider, socket }),
    });
    provider.attach();
  });
}

async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return out;
}

const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

async function scenario(label: string, rooms: number, servers: readonly ServerProcess[]) {
  const baseRss = servers.reduce((sum, s) => sum + rssKiB(s.child.pid ?? 0), 0);
  const setups = Array.from({ length: rooms }, () => createRoom(secret, 1));
  const hosts = await inBatches(setups, 50, (r) => join(servers[0]!.port, r.room, r.tokens.facilitator));
  const pupils = await inBatches(
    setups.flatMap((r, ri) => Array.from({ length: PARTICIPANTS }, (_, i) => ({ r, ri, i }))),
    100,
    async ({ r, ri, i }) => ({
      ri,
      client: await join(servers[i % servers.length]!.port, r.room, r.tokens.participant),
    }),
  );
  const rss = servers.reduce((sum, s) => sum + rssKiB(s.child.pid ?? 0), 0);
  const deliveries: number[] = [];
  const lasts: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    await Promise.all(
      hosts.map(async (host, ri) => {
        const mine = pupils.filter((p) => p.ri === ri).map((p) => p.client);
        // Facilitators do not change cards in lockstep: spread over a second.
        await new Promise((r) => setTimeout(r, Math.random() * 1000));
        const seen = mine.map(
          (c) =>
            new Promise<number>((resolve) => {
              const map = c.doc.getMap('room');
              const look = () => {
                if (map.get('card') !== round) return;
                map.unobserve(look);
                resolve(performance.now());
              };
              map.observe(look);
            }),
        );
        const sent = performance.now();
        host.doc.getMap('room').set('card', round);
        const times = (await Promise.all(seen)).map((t) => t - sent);
        deliveries.push(...times);
        lasts.push(Math.max(...times));
      }),
    );
  }
  deliveries.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  for (const c of [...hosts, ...pupils.map((p) => p.client)]) {
    c.provider.destroy();
    c.socket.destroy();
  }
  const row = {
    label,
    connections: rooms * (PARTICIPANTS + 1),
    p50: pct(deliveries, 50).toFixed(0),
    p95: pct(deliveries, 95).toFixed(0),
    p95Last: pct(lasts, 95).toFixed(0),
    kibPerRoom: ((rss - baseRss) / rooms).toFixed(0),
  };
  console.log(`| ${row.label} | ${row.connections} | ${row.p50} | ${row.p95} | ${row.p95Last} | ${row.kibPerRoom} |`);
}

const env = { LIVE_CONNECTIONS_PER_MINUTE: '100000' };
console.log(`live bench on ${process.version}, ${ROUNDS} card changes per room`);
console.log('| setup | connections | p50 ms | p95 ms | p95 last participant ms | server KiB per room |');
console.log('| --- | --- | --- | --- | --- | --- |');
{
  const one = await startServerProcess({ secret, env });
  await scenario('1 room × 30, one process', 1, [one]);
  await scenario('100 rooms × 30, one process', 100, [one]);
  await one.kill();
}
{
  const redisPort = await freePort();
  const redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  try {
    const redisEnv = { ...env, REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    const a = await startServerProcess({ secret, env: redisEnv });
    const b = await startServerProcess({ secret, env: redisEnv });
    await scenario('100 rooms × 30, two processes + Redis', 100, [a, b]);
    await Promise.all([a.kill(), b.kill()]);
  } finally {
    redis.kill();
  }
}
process.exit(0);
