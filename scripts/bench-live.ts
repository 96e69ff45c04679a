/**
 * `npm run bench:live`: real providers (Node clients) against the real live server on loopback.
 * 1, 10 and 100 rooms × 30 participants (3,000 connections) on one server process, then 1 and 100 on
 * two processes sharing rooms through Redis (Debian's redis-server, started here on a free port).
 * Reports the latency from a facilitator's change to each participant (p50/p95 of every delivery, p95
 * of "the last participant of a change") and the server's resident memory per room.
 *
 * The facilitators live in this process; the participants are spread over CLIENT_PROCESSES child
 * processes, so that one client event loop queueing 3,000 sockets' frames does not pass for server latency.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { createRoom } from '../server/live-server';
import type { RoomLinks } from '../server/live-server';
import { startServerProcess } from '../tests/support/live-server-process';
import type { ServerProcess } from '../tests/support/live-server-process';
import { startRedisProcess } from '../tests/support/redis-process';

const secret = 'bench secret';
const ROUNDS = 5;
const PARTICIPANTS = 30;
const CLIENT_PROCESSES = 3;
/** A phase that takes longer than this has hung: fail loudly rather than wait forever. */
const PHASE_LIMIT_MS = 180_000;

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
const now = () => performance.timeOrigin + performance.now();

interface Seat {
  readonly port: number;
  readonly room: string;
  readonly token: string;
}
interface Card {
  readonly round: number;
  readonly sentAt: number;
}
type ToClient = { type: 'join'; seats: Seat[] } | { type: 'expect'; round: number } | { type: 'leave' };
type FromClient = { type: 'joined' } | { type: 'seen'; round: number; deliveries: [room: string, ms: number][] };

interface Client {
  readonly doc: Y.Doc;
  readonly close: () => void;
}

function join({ port, room, token }: Seat): Promise<Client> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/socket`,
    delay: 250,
    minDelay: 250,
    maxAttempts: 0,
  });
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      token,
      document: doc,
      awareness: null,
      onSynced: () => resolve({ doc, close: () => (provider.destroy(), socket.destroy()) }),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    });
    provider.attach();
  });
}

async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return out;
}

/** A child process holding participants: joins them, then reports when each has seen a round's card. */
async function clientProcess(): Promise<void> {
  const send = (message: FromClient) => process.send?.(message);
  let clients: { seat: Seat; client: Client }[] = [];
  // The bench died: do not linger with open sockets.
  process.on('disconnect', () => process.exit(1));
  process.on('message', async (message: ToClient) => {
    if (message.type === 'join') {
      clients = await inBatches(message.seats, 100, async (seat) => ({ seat, client: await join(seat) }));
      send({ type: 'joined' });
    } else if (message.type === 'expect') {
      const { round } = message;
      const deliveries = await Promise.all(
        clients.map(
          ({ seat, client }) =>
            new Promise<[string, number]>((resolve) => {
              const map = client.doc.getMap<Card>('room');
              const look = () => {
                const card = map.get('card');
                if (card?.round !== round) return;
                map.unobserve(look);
                resolve([seat.room, now() - card.sentAt]);
              };
              map.observe(look);
              look();
            }),
        ),
      );
      send({ type: 'seen', round, deliveries });
    } else {
      clients.forEach(({ client }) => client.close());
      process.exit(0);
    }
  });
}

function withLimit<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${PHASE_LIMIT_MS / 1000} s`)), PHASE_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** The child's next message of this type; a child that dies first (a refused join, say) fails the bench at once. */
const nextMessage = (child: ChildProcess, type: FromClient['type']) =>
  new Promise<FromClient>((resolve, reject) => {
    const died = (code: number | null) =>
      reject(new Error(`a participants' process exited (${code}) before "${type}"`));
    const listen = (message: FromClient) => {
      if (message.type !== type) return;
      child.off('message', listen);
      child.off('exit', died);
      resolve(message);
    };
    child.on('message', listen);
    child.once('exit', died);
  });

/** CPU time (user + system) a process has used, in ms: from /proc, in clock ticks of 10 ms. */
const cpuMs = (pid: number) =>
  readFileSync(`/proc/${pid}/stat`, 'utf8')
    .split(') ')[1]!
    .split(' ')
    .slice(11, 13)
    .map(Number)
    .reduce((a, b) => a + b) * 10;
const sumCpu = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

async function scenario(label: string, rooms: number, servers: readonly ServerProcess[]) {
  const baseRss = servers.reduce((sum, s) => sum + rssKiB(s.child.pid ?? 0), 0);
  const setups: RoomLinks[] = Array.from({ length: rooms }, () => createRoom(secret, 1));
  const hosts = await withLimit(
    'facilitators joining',
    inBatches(setups, 50, (r) => join({ port: servers[0]!.port, room: r.room, token: r.tokens.facilitator })),
  );
  // Participant i of every room goes to server i mod n and to client process i mod CLIENT_PROCESSES.
  const children = Array.from({ length: Math.min(CLIENT_PROCESSES, rooms * PARTICIPANTS) }, () =>
    fork(import.meta.filename, ['--client'], { execArgv: ['--import', 'tsx'] }),
  );
  const seats = children.map(() => [] as Seat[]);
  setups.forEach((r) => {
    for (let i = 0; i < PARTICIPANTS; i++) {
      const port = servers[i % servers.length]!.port;
      seats[i % children.length]!.push({ port, room: r.room, token: r.tokens.participant });
    }
  });
  const joined = children.map((c) => nextMessage(c, 'joined'));
  children.forEach((c, i) => c.send({ type: 'join', seats: seats[i]! } satisfies ToClient));
  await withLimit('participants joining', Promise.all(joined));
  const rss = servers.reduce((sum, s) => sum + rssKiB(s.child.pid ?? 0), 0);
  // Where the CPU went while cards changed: tells a slow server from a starved machine or a slow client.
  const serverPids = servers.map((s) => s.child.pid ?? 0);
  const clientPids = children.map((c) => c.pid ?? 0);
  const before = { wall: now(), server: sumCpu(serverPids), client: sumCpu(clientPids), host: process.cpuUsage() };

  const deliveries: number[] = [];
  const lasts: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const seen = children.map((c) => nextMessage(c, 'seen'));
    children.forEach((c) => c.send({ type: 'expect', round } satisfies ToClient));
    // Facilitators do not change cards in lockstep: spread over a second.
    hosts.forEach((host) =>
      setTimeout(() => host.doc.getMap<Card>('room').set('card', { round, sentAt: now() }), Math.random() * 1000),
    );
    const last = new Map<string, number>();
    for (const message of await withLimit(`round ${round}`, Promise.all(seen))) {
      if (message.type !== 'seen') continue;
      for (const [room, ms] of message.deliveries) {
        deliveries.push(ms);
        last.set(room, Math.max(last.get(room) ?? 0, ms));
      }
    }
    lasts.push(...last.values());
  }
  const hostCpu = process.cpuUsage(before.host);
  const cpu = {
    wall: now() - before.wall,
    server: sumCpu(serverPids) - before.server,
    client: sumCpu(clientPids) - before.client,
    host: (hostCpu.user + hostCpu.system) / 1000,
  };
  deliveries.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  const exited = children.map((c) => new Promise((r) => c.once('exit', r)));
  children.forEach((c) => c.send({ type: 'leave' } satisfies ToClient));
  hosts.forEach((h) => h.close());
  await Promise.all(exited);
  const note =
    `${label}: ${(cpu.wall / 1000).toFixed(1)} s of card changes; CPU ${(cpu.server / 1000).toFixed(1)} s server, ` +
    `${(cpu.client / 1000).toFixed(1)} s participants' processes, ${(cpu.host / 1000).toFixed(1)} s facilitators'; ` +
    `load average ${loadavg()[0]!.toFixed(1)}`;
  const row = [
    label,
    rooms * (PARTICIPANTS + 1),
    pct(deliveries, 50).toFixed(0),
    pct(deliveries, 95).toFixed(0),
    pct(lasts, 95).toFixed(0),
    ((rss - baseRss) / 1024).toFixed(1),
    // One room's few hundred KiB drown in the heap's growth steps: per room only where there are many.
    rooms >= 10 ? ((rss - baseRss) / rooms).toFixed(0) : '–',
  ].join(' | ');
  return { row: `| ${row} |`, note };
}

async function main() {
  const env = { LIVE_CONNECTIONS_PER_MINUTE: '100000' };
  const started: ServerProcess[] = [];
  const server = async (extra: Record<string, string> = {}) => {
    const s = await startServerProcess({ secret, env: { ...env, ...extra } });
    started.push(s);
    return s;
  };
  const redis = await startRedisProcess();
  console.log(
    `live bench on ${process.version}, ${ROUNDS} card changes per room, ${CLIENT_PROCESSES} client processes`,
  );
  console.log(
    '| setup | connections | p50 ms | p95 ms | p95 last participant ms | server memory added MB | KiB per room |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const notes: string[] = [];
  const print = ({ row, note }: { row: string; note: string }) => (console.log(row), notes.push(note));
  // Each setup on fresh server processes, warmed up by a first room (code loaded and compiled), so that
  // neither warm-up nor a previous setup's freed heap counts in a room's memory.
  const run = async (rooms: number, processes: number) => {
    const servers: ServerProcess[] = [];
    for (let i = 0; i < processes; i++) servers.push(await server(processes > 1 ? { REDIS_URL: redis.url } : {}));
    await scenario('warm-up', 1, servers);
    const where = processes > 1 ? `${processes} processes + Redis` : 'one process';
    print(await scenario(`${rooms} ${rooms > 1 ? 'rooms' : 'room'} × ${PARTICIPANTS}, ${where}`, rooms, servers));
    await Promise.all(servers.map((s) => s.kill()));
  };
  try {
    for (const rooms of [1, 10, 100]) await run(rooms, 1);
    for (const rooms of [1, 100]) await run(rooms, 2);
    console.log(`\n${notes.join('\n')}`);
  } finally {
    await Promise.all(started.map((s) => s.kill()));
    await redis.stop();
  }
}

if (process.argv.includes('--client')) await clientProcess();
else
  await main().then(
    () => process.exit(0),
    (error: unknown) => (console.error(error), process.exit(1)),
  );
