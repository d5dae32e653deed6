import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeArticleMarkdown } from '../../archive/core/articles/article-markdown';
import { parseManifest } from '../../archive/core/articles/data-files';
import { assignIds, listArchiveFiles, readArchiveFile } from './archive-files';
import { buildData } from './build-data';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airgap-archive-files-'));
  await mkdir(join(dir, 'pages', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'note.txt'), 'Field note\n\nThe drone logged 40 flights.');
  await writeFile(
    join(dir, 'pages', 'deeper', 'Saved Page.html'),
    '<html><head><title>Saved</title><meta property="og:site_name" content="DroneDJ"></head><body><p>Saved text.</p></body></html>',
  );
  await writeFile(join(dir, 'plain.md'), '# Plain Markdown\n\nWith *emphasis*.');
  await writeFile(
    join(dir, 'own-format.md'),
    serializeArticleMarkdown({
      id: 'x',
      title: 'Own',
      source: 'heliguy',
      blocks: [{ kind: 'paragraph', text: '\\ kept' }],
    }),
  );
  await writeFile(join(dir, 'picture.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'ignored.pdf'), '%PDF');
  await writeFile(join(dir, '.hidden.md'), '# Hidden');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a folder of mixed files as the bundled archive', () => {
  it('lists importable files in subfolders too, in path order, skipping other types and hidden files', async () => {
    expect(await listArchiveFiles(dir)).toEqual([
      'empty.txt',
      'note.txt',
      'own-format.md',
      'pages/deeper/Saved Page.html',
      'picture.md',
      'plain.md',
    ]);
  });

  it('gives each file a stable id from its path, numbering collisions', () => {
    expect(assignIds(['a b.md', 'a-b.txt', 'sub/A B.html', '日本.md']).map((f) => f.id)).toEqual([
      'a-b',
      'a-b-2',
      'sub-a-b',
      'article-4',
    ]);
  });

  it("keeps Airgap's own article files exactly and reads other Markdown with the import parser", async () => {
    const own = await readArchiveFile(dir, { path: 'own-format.md', id: 'own-format' }, 'folder');
    expect(own).toEqual({
      ok: true,
      article: {
        id: 'own-format',
        title: 'Own',
        source: 'heliguy',
        blocks: [{ kind: 'paragraph', text: '\\ kept' }],
      },
    });
    const plain = await readArchiveFile(dir, { path: 'plain.md', id: 'plain' }, 'folder');
    expect(plain).toEqual({
      ok: true,
      article: {
        id: 'plain',
        title: 'Plain Markdown',
        source: 'folder',
        blocks: [{ kind: 'paragraph', text: 'With emphasis.' }],
      },
    });
  });

  it('builds every readable file and reports the others with path and reason', async () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-out`);
    const report = await buildData(dir, out, { mode: 'folder' });
    expect(report.refused).toEqual([
      { path: 'empty.txt', reason: 'the file is empty' },
      { path: 'picture.md', reason: 'it looks like a binary file, not text' },
    ]);
    const manifest = parseManifest(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.articles.map((a) => [a.id, a.source]).sort()).toEqual([
      ['note', dir.split('/').pop()],
      ['own-format', 'heliguy'],
      ['pages-deeper-saved-page', 'DroneDJ'],
      ['plain', dir.split('/').pop()],
    ]);
    await rm(out, { recursive: true, force: true });
  });
});
