import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../archive/core/articles/data-files';
import { builtArticles } from '../../archive/core/libraries/built-articles';
import { SegmentReader } from '../../archive/core/search';
import { buildData } from './build-data';
import { isZimArchive } from './zim-files';

const fixtures = join(import.meta.dirname, '..', '..', 'archive', 'core', 'zim', 'fixtures');
let workDir = '';
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'airgap-build-zim-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('npm run build -- --archive file.zim', () => {
  it.each(['modern.zim', 'legacy-xz.zim', 'extended-zstd.zim'])(
    'builds every article of %s, read in place, named by the library, searchable',
    async (name) => {
      const dataDir = join(workDir, name);
      const report = await buildData(join(fixtures, name), dataDir, {
        mode: 'zim',
        threads: 2,
        parallelFrom: 2,
      });
      expect(report.refused).toEqual([]);
      const manifest = parseManifest(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
      expect(manifest.articles.map((a) => [a.title, a.source])).toEqual([
        ['Booz Allen audit', 'Drone audits'],
        ['Drone data audits', 'Drone audits'],
        ['Kivu report – Données', 'Drone audits'],
      ]);
      const kivu = manifest.articles.find((a) => a.title.startsWith('Kivu'))!;
      const article = await builtArticles(
        async (path) => new Uint8Array(await readFile(join(dataDir, path))),
      ).article(kivu.id);
      expect(article.blocks.at(-1)?.text).toContain('tested three drones');
    },
  );

  it('indexes a bundled ZIM in the language the file names, in every share', async () => {
    const dataDir = join(workDir, 'french');
    await buildData(join(fixtures, 'french.zim'), dataDir, { mode: 'zim', threads: 2, parallelFrom: 2 });
    const manifest = parseManifest(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
    const languages = await Promise.all(
      manifest.segments.map(async (s) => new SegmentReader(await readFile(join(dataDir, s.index))).language),
    );
    expect(languages).toEqual(['fr', 'fr']);
  });

  it('tells a ZIM file from a folder by its name', () => {
    expect(isZimArchive('library/wikipedia_en.ZIM')).toBe(true);
    expect(isZimArchive('archive/example-folder')).toBe(false);
  });

  it('says plainly when the file is not a ZIM file', async () => {
    await expect(
      buildData(join(import.meta.dirname, 'build.ts'), join(workDir, 'bad'), { mode: 'zim' }),
    ).rejects.toThrow(/not a ZIM file/);
  });
});
