import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForeignProxy {
  /** host:port, for the browser's HTTP and HTTPS proxy settings. */
  readonly address: string;
  /** URLs that tried to leave the machine since the last call (https://host:port/ for a CONNECT). */
  take(): string[];
  stop(): Promise<void>;
}

/**
 * A proxy for every origin but the app's own (the browser is told never to proxy loopback): it
 * records each request and refuses it. For WebKitWebDriver, which reports no network events, and
 * whose resource timing leaves failed requests out. WebKitGTK's MiniBrowser makes no background
 * requests of its own, so whatever arrives here came from the app.
 */
export async function startForeignProxy(): Promise<ForeignProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '(no url)');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the e2e request guard');
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? '(no host)'}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    take: () => seen.splice(0),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
