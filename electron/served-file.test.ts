import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInsideRoot, resolveServedFile } from './served-file';

const SECRET = 'outside-secret';
let tmp: string;
let root: string;
let realRoot: string;

// Every kind of link a tampered or careless build folder could hold, beside ordinary files.
const LINKS: Record<string, (tmp: string) => string> = {
  'out-file': (t) => path.join(t, 'secret.txt'),
  'out-dir': (t) => path.join(t, 'outside'),
  'out-relative': () => '../secret.txt',
  'parent-dir': () => '..',
  'etc-passwd': () => '/etc/passwd',
  'root-dir': () => '/',
  'in-file': () => 'index.html',
  'in-dir': () => 'assets',
  'chain-out': () => 'out-file',
  dangling: () => 'nowhere/at/all',
  loop: () => 'loop',
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'airgap-served-'));
  root = path.join(tmp, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(tmp, 'outside'));
  await writeFile(path.join(root, 'index.html'), 'index');
  await writeFile(path.join(root, 'assets', 'app.js'), 'app');
  await writeFile(path.join(tmp, 'secret.txt'), SECRET);
  await writeFile(path.join(tmp, 'outside', 'secret.txt'), SECRET);
  for (const [name, target] of Object.entries(LINKS)) {
    await symlink(target(tmp), path.join(root, name));
    await symlink(target(tmp), path.join(root, 'assets', name)).catch(() => undefined);
  }
  realRoot = await realpath(root);
});

afterAll(() => rm(tmp, { recursive: true, force: true }));

async function servedBytes(pathname: string): Promise<string | undefined> {
  const result = await resolveServedFile(root, pathname);
  if (!result.ok) return undefined;
  expect(isInsideRoot(realRoot, result.filePath), result.filePath).toBe(true);
  return readFile(result.filePath, 'utf8');
}

describe('resolveServedFile', () => {
  it('serves real files and links that stay inside the folder, by their real path', async () => {
    expect(await servedBytes('/')).toBe('index');
    expect(await servedBytes('/in-file')).toBe('index');
    expect(await servedBytes('/in-dir/app.js')).toBe('app');
  });

  it.each([
    '/out-file',
    '/out-dir/secret.txt',
    '/out-relative',
    '/parent-dir/secret.txt',
    '/etc-passwd',
    '/chain-out',
  ])('refuses %s, a link leading outside the folder', async (pathname) => {
    expect(await resolveServedFile(root, pathname)).toEqual({
      ok: false,
      status: 403,
      reason: 'path leads outside the app folder',
    });
  });

  it('answers 404 for dangling and looping links and for folders', async () => {
    for (const pathname of ['/dangling', '/loop', '/assets', '/in-dir'])
      expect(await resolveServedFile(root, pathname), pathname).toMatchObject({ ok: false, status: 404 });
  });

  it('never serves a byte from outside the folder, over thousands of generated paths through the links', async () => {
    const segment = fc.oneof(
      fc.constantFrom(...Object.keys(LINKS), 'assets', 'index.html', 'app.js', 'secret.txt', 'outside'),
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e%2f', '%2f', '', '%00', '..%5c', 'con', 'C:'),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), async (segments) => {
        const served = await servedBytes(`/${segments.join('/')}`);
        expect(served).not.toBe(SECRET);
      }),
      { numRuns: 3000 },
    );
  });

  it('never leaves the folder through generated symlinks, whatever they point at', async () => {
    const target = fc.oneof(
      fc
        .array(fc.constantFrom('..', '.', 'assets', 'outside', 'secret.txt', 'index.html', 'renderer'), {
          minLength: 1,
          maxLength: 5,
        })
        .map((parts) => parts.join('/')),
      fc.constantFrom('/', '/etc', '/etc/passwd', tmp, path.join(tmp, 'secret.txt'), root),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(target, { minLength: 1, maxLength: 4 }), async (targets) => {
        // A fresh folder per run, so links made by earlier runs cannot interfere.
        const dir = path.join(root, `gen-${(run += 1)}`);
        await mkdir(dir);
        const names = targets.map((_, i) => `l${i}`);
        await Promise.all(targets.map((t, i) => symlink(t, path.join(dir, names[i] ?? ''))));
        for (const name of names) {
          for (const tail of [
            '',
            '/secret.txt',
            '/index.html',
            '/outside/secret.txt',
            '/renderer/index.html',
          ])
            expect(await servedBytes(`/gen-${run}/${name}${tail}`)).not.toBe(SECRET);
        }
      }),
      { numRuns: 300 },
    );
  });
});
