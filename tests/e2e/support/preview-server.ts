import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
const HOST = '127.0.0.1';

/**
 * The build to serve: dist/, or E2E_DIST_DIR (a build of one's own, e.g. `vite build --outDir
 * /tmp/x`, when others share the checkout's dist/).
 */
export function defaultDistDir(): string {
  return resolve(PROJECT_ROOT, process.env.E2E_DIST_DIR ?? 'dist');
}

export interface PreviewServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string;
  url(path: string): string;
  /** Kills the server's whole process group and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

const live = new Set<ChildProcess>();
// If the runner dies, never leave a server behind (its own process group, so kill the group).
process.once('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * `vite preview` of dist/ on a free port at 127.0.0.1, in its own process group. Resolves once the
 * server answers `/` with 200.
 */
export async function startPreview(options: { distDir?: string; timeoutMs?: number } = {}): Promise<PreviewServer> {
  const distDir = resolve(PROJECT_ROOT, options.distDir ?? defaultDistDir());
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run \`vite build\` first`);
  }
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const vite = resolve(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', distDir, '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: PROJECT_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  live.add(child);
  child.once('exit', () => live.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async (): Promise<void> => {
    killGroup(child, 'SIGTERM');
    if (!(await exited(child, 3_000))) {
      killGroup(child, 'SIGKILL');
      await exited(child, 3_000);
    }
  };

  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    if (output.includes(origin)) {
      const ok = await fetch(`${origin}/`).then((r) => r.ok, () => false);
      if (ok) break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer at ${origin} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, url: (path) => new URL(path, `${origin}/`).href, stop };
}
