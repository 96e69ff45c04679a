import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnGroup, stopGroup } from './process-group';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
const HOST = '127.0.0.1';

/**
 * The build to serve: dist/, or E2E_DIST_DIR (a build of one's own, e.g. `vite build --outDir
 * /tmp/x`, when others share the checkout's dist/).
 */
export function defaultDistDir(): string {
  return resolve(PROJECT_ROOT, process.env.E2E_DIST_DIR ?? 'dist');
}

/** Every prerendered page's address, from the build: kort/laerer/virksomhed.html -> /kort/laerer/virksomhed. */
export function prerenderedPaths(distDir = defaultDistDir()): string[] {
  return (
    (readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${file.replace(/\\/g, '/')}`)
      // 404.html is what a static host answers for an unknown path; vite preview answers with index.html.
      .map((file) => (file === '/index.html' ? '/' : file === '/404.html' ? file : file.replace(/\.html$/, '')))
      .sort()
  );
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
  const child = spawnGroup(
    process.execPath,
    [vite, 'preview', '--outDir', distDir, '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = (): Promise<void> => stopGroup(child);

  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited early (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    if (output.includes(origin)) {
      const ok = await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      );
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
