import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request that reached the proxy: how it was asked for, and where to. */
export interface ProxiedRequest {
  /** GET, POST… for plain http; CONNECT for https and wss (the tunnel is all a proxy sees); UPGRADE for ws. */
  method: string;
  /** The absolute URL for plain http and ws, `host:port` for a CONNECT. */
  target: string;
}

export interface RecordingProxy {
  /** For Chromium's `--proxy-server=`. */
  address: string;
  /** Every request so far, in arrival order. */
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that records every request sent through it and
 * forwards none (it answers 502): a browser started with `--proxy-server`
 * pointing here cannot reach any host without the test seeing it. Chromium
 * sends loopback addresses past the proxy (its implicit bypass rules), so the
 * local test server still serves the test pages directly.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const refuse = (socket: Socket) =>
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '?', target: req.url ?? '' });
    res.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '' });
    refuse(socket);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'UPGRADE', target: req.url ?? '' });
    refuse(socket);
  });
  // A refused tunnel may be reset by the browser first; that is not the test's failure.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    address: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
