import { describe, expect, it } from 'vitest';
import { plainText } from '../articles/article';
import { ZIM_FIXTURES } from '../testing/zim-fixtures';
import { memorySource } from '../zim/byte-source';
import { ZimArchive } from '../zim/zim-archive';
import { readZimPage } from './zim-pages';

const from = { id: 'zim:x/page', source: 'Drone audits' };

describe('readZimPage', () => {
  it.each([
    ['modern', 'A/Booz_Allen.html', 'A/Kivu.html'],
    ['legacy', 'Booz_Allen.html', 'Kivu.html'],
  ] as const)(
    'keeps the structure of a %s page, its links to pages and images of the same file',
    async (name, path, kivu) => {
      const zim = await ZimArchive.open(memorySource(ZIM_FIXTURES[name].bytes));
      const article = await readZimPage(zim, path, from);
      const kinds = article.blocks.map((b) => b.kind);
      expect(kinds).toEqual([
        ...['paragraph', 'list-item', 'list-item', 'list-item', 'image', 'caption', 'caption'],
        ...['table-row', 'table-row', 'paragraph', 'code', 'paragraph'],
      ]);
      expect(article.blocks[2]).toEqual({
        kind: 'list-item',
        depth: 1,
        ordered: true,
        text: 'Takeoff points',
      });
      expect(article.blocks[7]).toEqual({
        kind: 'table-row',
        text: 'Auditor\tBooz Allen Hamilton',
        headers: [0],
      });
      expect(article.blocks[9]).toMatchObject({ quote: true, inlines: [{ style: 'em' }] });
      expect(article.blocks[10]!.text).toBe('telemetry: off\nlogs: local');
      // The image and the linked page are both found in the same file.
      const image = article.blocks[4]!;
      expect(image.alt).toBe('A dot standing for the drone');
      const [ns, ...rest] = image.src!.split('/');
      const entry = await zim.findByPath(ns!, rest.join('/'));
      expect((await zim.content((await zim.resolve(entry!))!)).mimeType).toBe('image/png');
      const links = article.blocks.at(-1)!.inlines!;
      expect(links).toEqual([
        { start: 5, end: 18, page: kivu },
        { start: 26, end: 38, url: 'https://www.example.org/audit.pdf' },
      ]);
      expect((await readZimPage(zim, links[0]!.page!, from)).title).toMatch(/Kivu/);
      expect(plainText(article.blocks)).not.toMatch(/pwned/);
    },
  );

  it('keeps neither links into nor images from the file for a bundled copy, only web addresses', async () => {
    const zim = await ZimArchive.open(memorySource(ZIM_FIXTURES.modern.bytes));
    const article = await readZimPage(zim, 'A/Booz_Allen.html', from, true);
    expect(article.blocks.map((b) => b.kind)).not.toContain('image');
    expect(article.blocks.at(-1)!.inlines).toEqual([
      { start: 26, end: 38, url: 'https://www.example.org/audit.pdf' },
    ]);
  });
});
