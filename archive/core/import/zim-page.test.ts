import { describe, expect, it } from 'vitest';
import { ZIM_FIXTURES } from '../testing/zim-fixtures';
import { memorySource } from '../zim/byte-source';
import { ZimArchive } from '../zim/zim-archive';
import { zimPageArticle } from './zim-page';

const from = { id: 'zim-x-page', source: 'Drone audits', title: 'Entry title' };

describe('zimPageArticle', () => {
  it('reads a page of a recorded ZIM into an article, its title shown once', async () => {
    const zim = await ZimArchive.open(memorySource(ZIM_FIXTURES.modern.bytes));
    const entry = await zim.resolve((await zim.findByPath('C', 'A/Kivu.html'))!);
    const html = new TextDecoder().decode((await zim.content(entry!)).bytes);
    expect(zimPageArticle(html, from)).toEqual({
      id: 'zim-x-page',
      title: 'Kivu report – Données',
      source: 'Drone audits',
      words: 11,
      blocks: [
        { kind: 'heading', level: 1, text: 'Kivu report' },
        { kind: 'paragraph', text: 'Kivu Consulting tested three drones. Ελληνικά, русский, العربية, 中文.' },
      ],
    });
  });

  it('drops navigation boxes, edit links and the table of contents, keeping the infobox as a table and references', () => {
    const html = `<html><head><title>Drone</title></head><body><h1>Drone</h1>
      <table class="infobox"><tr><th>Maker</th><td>DJI</td></tr></table>
      <div id="toc">Contents 1 History</div>
      <h2>History<span class="mw-editsection">[edit]</span></h2><p>Drones fly.</p>
      <ol class="references"><li><span class="mw-cite-backlink">^</span> An audit, 2021.</li></ol>
      <div class="navbox">Aircraft · Helicopters · Drones</div></body></html>`;
    expect(zimPageArticle(html, from).blocks).toEqual([
      { kind: 'table-row', text: 'Maker\tDJI', headers: [0] },
      { kind: 'heading', text: 'History' },
      { kind: 'paragraph', text: 'Drones fly.' },
      { kind: 'list-item', ordered: true, text: 'An audit, 2021.' },
    ]);
  });

  it('takes the entry title when the page has none, and refuses a page without text', () => {
    expect(zimPageArticle('<p>Only text.</p>', from).title).toBe('Entry title');
    expect(() => zimPageArticle('<div><img src="x.png"></div>', from)).toThrow(/no text/);
  });
});
