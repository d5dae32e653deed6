import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mimeTypeFor } from '../../electron/app-path';
import { securityHeaders } from '../../electron/security-headers';
import { resolveServedFile } from '../../electron/served-file';

/** Where and what to serve: a built renderer folder, on loopback unless told otherwise. */
export interface StaticServerOptions {
  root: string;
  host?: string;
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
}

/** A running server: its base URL (ending in "/") and a way to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The Host headers the server answers: its own address only. A DNS-rebinding page (evil.example resolving to
 * 127.0.0.1) sends its own name as Host and is refused, so it cannot read the app through the user's browser.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set([host.includes(':') ? `[${host}]` : host]);
  if (host === '127.0.0.1' || host === '::1') names.add('localhost');
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
}

/** Serves the built renderer read-only over HTTP, guarding paths exactly like the app:// protocol does. */
export async function startStaticServer(opts: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(opts.root);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No index.html in ${root}: run npm run build first.`);
  }
  const host = opts.host ?? '127.0.0.1';
  let hosts = new Set<string>();
  const server = http.createServer((req, res) => {
    handle(root, hosts, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(host, port);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep idle keep-alive sockets open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(
  root: string,
  hosts: ReadonlySet<string>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
    sendText(res, 421, 'Misdirected Request: this server answers only its own address');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method Not Allowed');
    return;
  }
  // Only the path matters; the raw (still percent-encoded) form goes to the guard so it decodes exactly once.
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const resolved = await resolveServedFile(root, pathname);
  if (!resolved.ok) {
    sendText(res, resolved.status, resolved.status === 404 ? 'Not Found' : 'Forbidden');
    return;
  }
  const info = await stat(resolved.filePath);
  res.writeHead(200, {
    ...securityHeaders(mimeTypeFor(resolved.filePath), resolved.filePath),
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(resolved.filePath);
  stream.on('error', (error) => res.destroy(error));
  stream.pipe(res);
}

function sendText(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    ...securityHeaders('text/plain; charset=utf-8'),
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
