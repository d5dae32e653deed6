// What zimdump (Debian's zim-tools, libzim's own reader) says of a ZIM file, as plain data: the reference every
// read of archive/core/zim is checked against.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ZimdumpReference } from '../../archive/core/testing/zim-fixtures';

/** What zimdump says of a file: its info, and every entry it lists with its bytes as dumped. */
export function zimdumpReference(zim: string): ZimdumpReference {
  const info = execFileSync('zimdump', ['info', zim], { encoding: 'utf8' });
  const listing = execFileSync('zimdump', ['list', '--details', zim], { encoding: 'utf8' });
  const dir = mkdtempSync(path.join(tmpdir(), 'zimdump-'));
  try {
    execFileSync('zimdump', ['dump', `--dir=${dir}`, zim], { stdio: 'ignore' });
    const entries = listing
      .split(/^path: /m)
      .slice(1)
      .map((block) => {
        const field = (name: string): string | undefined =>
          new RegExp(`^\\* ${name}:\\s*(.*)$`, 'm').exec(block)?.[1]?.trim();
        const entryPath = block.split('\n', 1)[0]!.trim();
        const dumped = path.join(dir, entryPath);
        const type = field('type');
        return {
          path: entryPath,
          title: field('title'),
          type,
          mimeType: field('mime-type'),
          size: field('item size') === undefined ? undefined : Number(field('item size')),
          redirect: field('redirect index') === undefined ? undefined : Number(field('redirect index')),
          bytes:
            type === 'item' && statSync(dumped).isFile()
              ? readFileSync(dumped).toString('base64')
              : undefined,
        };
      });
    return {
      info: Object.fromEntries(
        info
          .trim()
          .split('\n')
          .map((l) => l.split(/:\s*/, 2)),
      ),
      entries,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
