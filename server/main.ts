// `npm run live`: the built app and the room's socket on one origin. Runs on Node >= 22 (Hocuspocus 4's engine).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { createLiveServer, createRoom } from './live-server';
import { canSeal, roomLinks } from './room-links';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`The live server needs Node 22 or later (this is ${process.version}). Run it with "npm run live".`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    lan: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    'no-app': { type: 'boolean', default: false },
    'no-room': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
// LIVE_DIST_DIR serves another build as it is (the WebKit tests' copy whose policy lets WebDriver evaluate).
const distDir = resolve(root, process.env.LIVE_DIST_DIR ?? 'dist');
if (!values['no-app'] && !process.env.LIVE_DIST_DIR && !existsSync(resolve(distDir, 'index.html'))) {
  console.log('Building the app first (npm run build) …');
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** A stable secret, so tokens survive a restart; hosted deployments set LIVE_SECRET on every process. */
function secret(): string {
  if (process.env.LIVE_SECRET) return process.env.LIVE_SECRET;
  const file = resolve(root, 'node_modules/.cache/samarbejdskort-live/secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) return net.address;
  }
  return '127.0.0.1';
}

const key = secret();
const redisUrl = process.env.REDIS_URL ? new URL(process.env.REDIS_URL) : undefined;
const server = createLiveServer({
  secret: key,
  address: process.env.LIVE_ADDRESS ?? (values.lan ? '0.0.0.0' : '127.0.0.1'),
  port: Number(values.port),
  ...(values['no-app'] ? {} : { distDir }),
  ...(redisUrl ? { redis: { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) } } : {}),
  ...(process.env.LIVE_CONNECTIONS_PER_MINUTE
    ? { connectionsPerMinute: Number(process.env.LIVE_CONNECTIONS_PER_MINUTE) }
    : {}),
});
await server.listen();
const base = process.env.LIVE_PUBLIC_URL ?? `http://${values.lan ? lanAddress() : '127.0.0.1'}:${server.address.port}`;
console.log(`Live server on ${base} (Node ${process.version})`);
if (!values['no-room']) {
  // The room key goes into the printed links only: no hook, room or log of the server is given it.
  const roomKey = canSeal(base) ? randomBytes(32).toString('base64url') : undefined;
  const links = roomLinks(base, createRoom(key, 12), roomKey);
  console.log(`\nFacilitator (keep to yourself):\n  ${links.facilitator}`);
  console.log(`Projector device:\n  ${links.projector}`);
  console.log(`Participants:\n  ${links.participant}\n`);
  console.log(renderUnicodeCompact(links.participant, { border: 1 }));
}
const stop = () => void server.destroy().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
