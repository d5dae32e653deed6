import { describe, expect, it } from 'vitest';
import dronedj from '../../sources/dronedj-data-security.txt?raw';
import heliguy from '../../sources/heliguy-no-evidence-of-drone-data.txt?raw';
import { CaptureFormatError } from './capture-error';
import { generateArchive } from './generate-archive';

describe('generateArchive', () => {
  it('combines the heliguy article and the 15 DroneDJ stories under unique ids', () => {
    const articles = generateArchive({ dronedj, heliguy });
    expect(articles).toHaveLength(16);
    expect(new Set(articles.map((a) => a.id)).size).toBe(16);
    expect(articles.filter((a) => a.source === 'heliguy')).toHaveLength(1);
    expect(articles.filter((a) => a.source === 'DroneDJ')).toHaveLength(15);
  });

  it('dates only the heliguy article, the one capture that states a date', () => {
    const dated = generateArchive({ dronedj, heliguy }).filter((a) => a.date !== undefined);
    expect(dated.map((a) => [a.source, a.date])).toEqual([['heliguy', '2021-03-03']]);
  });

  it('refuses a DroneDJ capture in which no stories are found', () => {
    expect(() => generateArchive({ dronedj: 'Skip to main content\n\nData Security\n', heliguy })).toThrow(
      CaptureFormatError,
    );
  });

  it('refuses two articles that would share an id and so a file', () => {
    const twin = 'No Evidence Of Drone Data Going To DJI Or China\n\nAn excerpt.\n\nExpand Expanding Close\n';
    expect(() => generateArchive({ dronedj: twin, heliguy })).toThrow(
      /share the id "no-evidence-of-drone-data/,
    );
  });

  it('refuses a title that gives no id at all', () => {
    expect(() => generateArchive({ dronedj: '…\n\nAn excerpt.\n\nExpand Expanding Close', heliguy })).toThrow(
      /no letters or digits/,
    );
  });
});
