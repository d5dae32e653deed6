import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../archive/core/articles/article';
import { parseArticleMarkdown } from '../../archive/core/articles/article-markdown';
import { ARTICLES_DIR, SOURCES_DIR, renderArchiveFiles, writeArchive } from './generate-archive';

const CHROME = [
  'Skip to main content',
  'See All Stories',
  'Expand',
  'Expanding',
  'Read More',
  'Leave a comment',
  'comments must be approved',
  'hidden field',
];

async function committedFiles(): Promise<Map<string, string>> {
  const names = (await readdir(ARTICLES_DIR)).filter((name) => name.endsWith('.md')).sort();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(ARTICLES_DIR, n), 'utf8')] as const)),
  );
}

// Title lines as they stand in the captures: DroneDJ story titles follow the page chrome or the previous
// story's Expand widget; the heliguy title is the first line.
async function captureTitles(): Promise<string[]> {
  const dronedj = await readFile(join(SOURCES_DIR, 'dronedj-data-security.txt'), 'utf8');
  const heliguy = await readFile(join(SOURCES_DIR, 'heliguy-no-evidence-of-drone-data.txt'), 'utf8');
  const stories = dronedj.split(/Expand\s+Expanding\s+Close/).slice(0, -1);
  const dronedjTitles = stories.map((story, i) => {
    const paragraphs = story
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return (i === 0 ? paragraphs.slice(3) : paragraphs)[0] ?? '';
  });
  return [heliguy.split('\n')[0] ?? '', ...dronedjTitles];
}

describe('the committed archive', () => {
  it('is exactly what the generator produces from archive/sources (run npm run generate:archive)', async () => {
    const expected = await renderArchiveFiles();
    const committed = await committedFiles();
    expect([...committed.keys()]).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(committed.get(name), name).toBe(text);
  });

  it('holds 16 readable articles whose ids match their file names', async () => {
    const committed = await committedFiles();
    expect(committed.size).toBe(16);
    for (const [name, text] of committed) expect(`${parseArticleMarkdown(text).id}.md`).toBe(name);
  });

  it('has no page chrome in any article body', async () => {
    for (const text of (await committedFiles()).values()) {
      const body = plainText(parseArticleMarkdown(text).blocks);
      for (const chrome of CHROME) expect(body, chrome).not.toContain(chrome);
    }
  });

  it('dates only the heliguy article, with the date the capture states', async () => {
    const articles = [...(await committedFiles()).values()].map(parseArticleMarkdown);
    expect(articles.filter((a) => a.date !== undefined).map((a) => [a.source, a.date])).toEqual([
      ['heliguy', '2021-03-03'],
    ]);
  });

  it('uses the titles as they appear in the captures', async () => {
    const titles = [...(await committedFiles()).values()].map((text) => parseArticleMarkdown(text).title);
    const expected = await captureTitles();
    expect(expected).toHaveLength(16);
    expect(titles.sort()).toEqual(expected.sort());
  });
});

describe('writeArchive', () => {
  it('writes every article and removes stale .md files, leaving other files alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'airgap-articles-'));
    await writeFile(join(dir, 'old-story.md'), 'stale');
    await writeFile(join(dir, 'notes.txt'), 'keep me');
    try {
      const { written, removed } = await writeArchive(SOURCES_DIR, dir);
      expect(removed).toEqual(['old-story.md']);
      expect((await readdir(dir)).sort()).toEqual([...written, 'notes.txt'].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
