import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

export interface ForeignProxy {
  /** host:port, for the browser's HTTP and HTTPS proxy settings. */
  readonly address: string;
  /** URLs that tried to leave the machine since the last call. */
  take(): string[];
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The browser's only way out: requests for loopback (the app, the live-room server) pass through as
 * they are; every other is recorded and refused. For WebKitWebDriver, which reports no network
 * events, and whose resource timing leaves failed requests out. WebKitGTK's MiniBrowser makes no
 * background requests of its own, so whatever is refused came from the app.
 *
 * Loopback comes through here too because the WebDriver proxy capability must not exempt it:
 * given a `noProxy` list, WebKitGTK 2.50's MiniBrowser often crashes at session start (SIGSEGV in
 * webkit_network_proxy_settings_new), and WebKitWebDriver then waits for it for ever.
 */
export async function startForeignProxy(): Promise<ForeignProxy> {
  const seen: string[] = [];
  const tunnels = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://invalid');
    if (!LOOPBACK.has(url.hostname)) {
      seen.push(req.url ?? '(no url)');
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the e2e request guard');
      return;
    }
    const upstream = request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // A stopped server is a network failure to the page, as it would be without a proxy.
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  // A WebSocket: the handshake arrives with an absolute URL; pass it on and join the two sockets.
  server.on('upgrade', (req, client: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://invalid');
    if (!LOOPBACK.has(url.hostname)) {
      seen.push(req.url ?? '(no url)');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const lines = [`${req.method ?? 'GET'} ${url.pathname}${url.search} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    tunnels.add(client);
    const upstream = connect(Number(url.port || 80), url.hostname.replace(/^\[|\]$/g, ''), () => {
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => {
      upstream.destroy();
      tunnels.delete(client);
    });
  });
  // WebKitGTK speaks TLS to the proxy it was given for https (0x16 opens a TLS handshake), so the
  // host of an https request stays hidden; the request is still recorded and refused.
  server.on('clientError', (error: Error & { rawPacket?: Buffer }, client: Socket) => {
    if (error.rawPacket?.[0] === 0x16) seen.push('https://(a host the proxy cannot read)/');
    client.destroy();
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
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
