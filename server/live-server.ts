import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { Server } from '@hocuspocus/server';
import type { Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { ANSWERS_DOC_SUFFIX, answerOf, checkContribution, checkSealedContribution } from '../src/domain/live-room';
import type { LiveQuestion } from '../src/domain/live-room';
import { newRoomId, signToken, verifyToken } from './room-token';
import type { Role } from './room-token';
import { CONTENT_TYPES } from './content-types';

export interface LiveServerOptions {
  /** HMAC key shared by every server process of a deployment. */
  readonly secret: string;
  readonly address?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The built app, served from the same origin as the socket; none for a socket-only process. */
  readonly distDir?: string;
  readonly redis?: { readonly host: string; readonly port: number };
  /** New connections per IP address per minute: a class of 30+ devices shares one school address. */
  readonly connectionsPerMinute?: number;
  /** Contributions per connection per minute. */
  readonly contributionsPerMinute?: number;
  /** How long a room's tokens stay valid. */
  readonly roomHours?: number;
}

/** A frame larger than this closes the socket (ws answers 1009). Cards, answers and timers are tiny. */
export const MAX_FRAME_BYTES = 64 * 1024;

export interface RoomLinks {
  readonly room: string;
  readonly tokens: Readonly<Record<Role, string>>;
}

interface Context {
  readonly role: Role;
}

/** Counts events per key in the current minute; cheap and good enough against floods. */
function perMinute(limit: number) {
  let minute = 0;
  let counts = new Map<string, number>();
  return (key: string): boolean => {
    const now = Math.floor(Date.now() / 60_000);
    if (now !== minute) [minute, counts] = [now, new Map()];
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n <= limit;
  };
}

async function serveFile(distDir: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const file = normalize(join(distDir, path));
  if (!file.startsWith(distDir + sep) && file !== distDir) return false;
  // The app's routes are client-side: every unknown path is the app itself.
  const found = await stat(file).then(
    (s) => (s.isFile() ? file : undefined),
    () => undefined,
  );
  const target = found ?? join(distDir, 'index.html');
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(target).pipe(response);
  return true;
}

export function createRoom(secret: string, hours: number, now = Date.now()): RoomLinks {
  const room = newRoomId();
  const expires = Math.floor(now / 1000) + hours * 3600;
  const token = (role: Role) => signToken(secret, { room, role, expires });
  return {
    room,
    tokens: { facilitator: token('facilitator'), projector: token('projector'), participant: token('participant') },
  };
}

export function createLiveServer(options: LiveServerOptions): Server<Context> {
  const { secret, distDir } = options;
  const roomHours = options.roomHours ?? 12;
  const connectionAllowed = perMinute(options.connectionsPerMinute ?? 600);
  const roomAllowed = perMinute(30);
  const contributionRate = options.contributionsPerMinute ?? 20;
  const contributions = new WeakMap<object, number[]>();
  const ended = new Set<string>();
  const redis = options.redis ? new Redis({ host: options.redis.host, port: options.redis.port }) : undefined;
  // Every process refuses an ended room: this one remembers it, the others ask Redis.
  const endedKey = (room: string) => `samarbejdskort:ended:${room}`;
  const isEnded = async (room: string) => ended.has(room) || (await redis?.pub.exists(endedKey(room))) === 1;
  // A room outlives a moment with nobody in it (a break, every tablet asleep) until its tokens expire: in
  // Redis when there is one (so it also outlives a process), else in this process's memory.
  const roomSeconds = roomHours * 3600;
  const stateKey = (room: string) => `samarbejdskort:room:${room}`;
  const kept = new Map<string, { readonly state: Uint8Array; readonly until: number }>();
  const loadState = async (room: string): Promise<Uint8Array | undefined> => {
    if (redis) return (await redis.pub.getBuffer(stateKey(room))) ?? undefined;
    const found = kept.get(room);
    return found && found.until > Date.now() ? found.state : undefined;
  };
  const keepState = async (room: string, state: Uint8Array): Promise<void> => {
    if (redis) return void (await redis.pub.set(stateKey(room), Buffer.from(state), 'EX', roomSeconds));
    const now = Date.now();
    for (const [name, { until }] of kept) if (until <= now) kept.delete(name);
    kept.set(room, { state, until: now + roomSeconds * 1000 });
  };

  /** Through the server's own connection: loaded (from memory or Redis) if no facilitator has it open. */
  const appendAnswer = async (room: string, answer: object): Promise<void> => {
    const direct = await server.hocuspocus.openDirectConnection(room + ANSWERS_DOC_SUFFIX);
    try {
      await direct.transact((doc) => doc.getArray('answers').push([answer]));
    } finally {
      // Not awaited: letting go stores the document and waits for Redis peers, a second or two the device need not.
      direct.disconnect().catch((error: unknown) => console.error('answers: could not let go', error));
    }
  };

  const hooks: Extension<Context> = {
    async onUpgrade({ request, socket }) {
      if (connectionAllowed(request.socket.remoteAddress ?? '')) return;
      (socket as { end(data: string): void }).end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
      // Rejecting with no error tells Hocuspocus the upgrade is handled.
      throw null;
    },

    async onRequest({ request, response }) {
      if (request.method === 'POST' && request.url === '/api/rooms') {
        const ok = roomAllowed(request.socket.remoteAddress ?? '');
        response.writeHead(ok ? 201 : 429, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(ok ? JSON.stringify(createRoom(secret, roomHours)) : '{}');
        throw null;
      }
      if (distDir && (await serveFile(distDir, request, response))) throw null;
    },

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const answers = documentName.endsWith(ANSWERS_DOC_SUFFIX);
      const room = answers ? documentName.slice(0, -ANSWERS_DOC_SUFFIX.length) : documentName;
      const claims = verifyToken(secret, room, token);
      // The reason reaches the device, so it can say "the room has ended" rather than "refused".
      if (await isEnded(room)) throw Object.assign(new Error('room ended'), { reason: 'room-ended' });
      if (!claims || (answers && claims.role !== 'facilitator'))
        throw Object.assign(new Error('invalid token'), { reason: 'invalid-token' });
      // Only the facilitator writes the room; everyone else reads it and contributes through onStateless.
      // Only this server writes the answers.
      connectionConfig.readOnly = answers || claims.role !== 'facilitator';
      return { role: claims.role };
    },

    async onLoadDocument({ documentName, document }) {
      const state = await loadState(documentName);
      if (state) Y.applyUpdate(document, state);
    },

    async onStoreDocument({ documentName, document }) {
      await keepState(documentName, Y.encodeStateAsUpdate(document));
    },

    // No presence is shared: nothing about a device goes to the others. Emptied, not refused: a throw on
    // an update relayed by Redis (a peer's answer to "who is here?") is an unhandled rejection that kills the process.
    async beforeHandleAwareness({ states }) {
      states.clear();
    },

    async onStateless({ connection, document, documentName, payload }) {
      if (documentName.endsWith(ANSWERS_DOC_SUFFIX)) return;
      const role = (connection.context as Context).role;
      const reply = (message: object) => connection.sendStateless(JSON.stringify(message));
      if (role === 'facilitator') {
        if (payload !== '{"type":"end"}') return;
        ended.add(documentName);
        await redis?.pub.set(endedKey(documentName), '1', 'EX', roomSeconds);
        document.getMap('room').set('ended', true);
        // The flag reaches every device first; then the room's sockets close.
        setImmediate(() => document.getConnections().forEach((c) => c.close({ code: 4000, reason: 'room-ended' })));
        return;
      }
      if (role !== 'participant') return;
      const now = Date.now();
      const recent = (contributions.get(connection) ?? []).filter((t) => t > now - 60_000);
      contributions.set(connection, recent);
      if (recent.length >= contributionRate) return reply({ type: 'refused', error: 'rate' });
      recent.push(now);
      const openId = document.getMap('room').get('open');
      const id = typeof openId === 'string' ? openId : undefined;
      // An encrypted room's answer is stored as it came: this server holds no key, so it checks sizes only.
      if (payload.startsWith('{"type":"sealed"')) {
        const sealed = checkSealedContribution(payload, id);
        if (!sealed.ok) return reply({ type: 'refused', error: sealed.error });
        const { questionId, data } = sealed.contribution;
        await appendAnswer(documentName, { questionId, sealed: data, at: now });
        return reply({ type: 'accepted' });
      }
      const open = id ? (document.getMap('questions').get(id) as LiveQuestion | undefined) : undefined;
      const checked = checkContribution(payload, typeof open === 'object' ? open : undefined);
      if (!checked.ok) return reply({ type: 'refused', error: checked.error });
      await appendAnswer(documentName, answerOf(checked.contribution, now));
      reply({ type: 'accepted' });
    },

    // Stateless broadcasts are not part of this room's protocol: a relay (Redis) may carry none.
    async beforeBroadcastStateless() {
      throw new Error('no broadcasts');
    },
  };

  const server = new Server<Context>({
    name: 'samarbejdskort-live',
    address: options.address ?? '127.0.0.1',
    port: options.port ?? 0,
    quiet: true,
    stopOnSignals: false,
    websocketOptions: { maxPayload: MAX_FRAME_BYTES },
    extensions: [hooks, ...(redis ? [redis] : [])],
  });
  return server;
}
