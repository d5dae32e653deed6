import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../archive/core/articles/article';
import { readImportFile } from '../../../archive/core/import/formats';
import { benchArticles } from './corpus';
import { writeImportCorpus } from './import-corpus';

describe('the import benchmark corpus', () => {
  it('writes each article in one of three formats that the importer reads back to the same words', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'airgap-import-corpus-'));
    try {
      const files = await writeImportCorpus(dir, 6, 3);
      expect(files.map((f) => path.extname(f))).toEqual(['.html', '.md', '.txt', '.html', '.md', '.txt']);
      const articles = benchArticles(6, 3);
      for (const [i, file] of files.entries()) {
        const outcome = readImportFile(path.basename(file), new Uint8Array(await readFile(file)));
        if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
        const words = (text: string) => text.split(/\s+/).filter(Boolean);
        expect(outcome.file.text.title).toBe(articles[i]!.title);
        expect(words(plainText(outcome.file.text.blocks))).toEqual(words(plainText(articles[i]!.blocks)));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
