import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../electron/security-headers';
import { startStaticServer, type StaticServer } from './static-server';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// fetch() would normalise "/%2e%2e/" away before sending; node:http sends the path byte for byte, like an attacker.
function request(base: string, rawPath: string, method = 'GET', host?: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  const headers = host === undefined ? {} : { Host: host };
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SECRET = '{"name":"must-never-be-served"}';
let tmp: string;
let server: StaticServer;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'airgap-static-'));
  const root = path.join(tmp, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Airgap</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  // A file right next to the served root: the traversal tests try to reach it.
  await writeFile(path.join(tmp, 'package.json'), SECRET);
  // A link planted in the served folder, pointing out of it.
  await symlink(path.join(tmp, 'package.json'), path.join(root, 'planted.json'));
  server = await startStaticServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('listens on loopback by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html at / with exactly the headers the desktop app:// protocol sends', async () => {
    const res = await request(server.url, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Airgap</title>');
    for (const [name, value] of Object.entries(securityHeaders('text/html; charset=utf-8')))
      expect(res.headers[name.toLowerCase()], name).toBe(value);
  });

  it('answers its own address under either loopback name, and refuses any other Host (DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    expect((await request(server.url, '/', 'GET', `localhost:${port}`)).status).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`]) {
      const res = await request(server.url, '/', 'GET', host);
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain('Airgap');
      expect(res.headers['content-security-policy']).toBe(securityHeaders('x')['Content-Security-Policy']);
    }
  });

  it('refuses a request with no Host header at all', async () => {
    const { port } = new URL(server.url);
    const reply = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.[01] 421 /);
  });

  it('refuses a symlink in the served folder that leads outside it', async () => {
    const res = await request(server.url, '/planted.json');
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('must-never-be-served');
  });

  it('serves nested assets with their MIME type and ignores the query string', async () => {
    const res = await request(server.url, '/assets/app.js?v=1');
    expect(res.status).toBe(200);
    expect(res.body).toBe('console.log(1);');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await request(server.url, '/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('<!doctype html><title>Airgap</title>'.length));
    expect(res.body).toBe('');
  });

  it.each([
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/../package.json',
    '/assets/%2E%2E/%2e%2e/package.json',
  ])('refuses the traversal attempt %s', async (rawPath) => {
    const res = await request(server.url, rawPath);
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('must-never-be-served');
  });

  it('answers 404 for files that do not exist and for folders', async () => {
    expect((await request(server.url, '/missing.js')).status).toBe(404);
    expect((await request(server.url, '/assets')).status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE'])('rejects %s with 405 and an Allow header', async (method) => {
    const res = await request(server.url, '/index.html', method);
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
  });

  it('refuses to start on a folder without index.html and says how to fix it', async () => {
    await expect(startStaticServer({ root: tmp })).rejects.toThrow(/run npm run build first/);
  });
});
