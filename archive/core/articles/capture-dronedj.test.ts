import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../sources/dronedj-data-security.txt?raw';
import { plainText } from './article';
import { DRONEDJ_SOURCE, parseDroneDjListing } from './capture-dronedj';
import { CaptureFormatError } from './capture-error';

// Read off the capture by hand, in page order.
const TITLES = [
  'DJI responds to US bill seeking blanket ban on its drones',
  'DJI responds to data security accusations driving drone blacklists',
  'Teledyne FLIR poll finds data leak risks a significant yet middling factor in drone-buying decisions',
  'We’re not a data company, we just make drones: DJI',
  'Ring’s Always Home Cam security drone for sale on Amazon… by invitation',
  'Parrot and WISeKey aim to set global data protection standards',
  'DJI responds to drone order from the U.S. Department of Interior',
  'Interior Department grounds drone fleet with new order issued today',
  'All DJI drones in US Interior Department’s fleet grounded amid review',
  'DJI drones banned by tech supplier to US law enforcement agencies in favor of Skydio',
  'US Department of the Interior independently validates DJI Government Edition',
  'DJI’s official response to DHS alert: Your data is not our business',
  'DHS warns that Chinese-made drones, including DJI’s, might be stealing sensitive data',
  'Kivu’s report on DJI’s UAV Data Transmission and Storage practices – Are DJI drones really spying for China?',
  'DJI releases findings of Kivu report to stem concerns that China might use DJI’s drones to spy on the U.S.',
];

const articles = parseDroneDjListing(raw);
const byTitle = (start: string) => articles.find((a) => a.title.startsWith(start));

describe('parseDroneDjListing on the captured Data Security listing', () => {
  it('finds all 15 stories with their titles, in page order', () => {
    expect(articles.map((a) => a.title)).toEqual(TITLES);
  });

  it('marks every story as DroneDJ, undated, with unique ids made from the title', () => {
    expect(new Set(articles.map((a) => a.source))).toEqual(new Set([DRONEDJ_SOURCE]));
    expect(articles.filter((a) => a.date !== undefined)).toEqual([]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(15);
    expect(byTitle('We’re not')?.id).toBe('were-not-a-data-company-we-just-make-drones-dji');
  });

  it('leaves out page chrome, image alt texts and the Expand widget', () => {
    for (const article of articles) {
      const body = plainText(article.blocks);
      for (const chrome of ['Skip to main content', 'See All Stories', 'Expand', 'Expanding', 'Close']) {
        expect(body).not.toContain(chrome);
      }
      expect(article.blocks[0]?.text).not.toBe(article.title);
    }
    const allText = articles.map((a) => plainText(a.blocks)).join('\n');
    for (const alt of [
      'dji drone ban us bill',
      'DJI blacklist drone',
      'Disneyland drone',
      'Kivu Report - DJI',
    ]) {
      expect(allText).not.toContain(alt);
    }
  });

  it('keeps the excerpt of the Parrot story, which has no alt text', () => {
    expect(byTitle('Parrot and WISeKey')?.blocks.map((b) => b.text.slice(0, 31))).toEqual([
      'French drone manufacturer Parro',
    ]);
  });

  it('keeps every excerpt paragraph of multi-paragraph stories, including after a three-line widget', () => {
    const validated = byTitle('US Department of the Interior independently');
    expect(validated?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(validated?.blocks[2]?.text).toBe('See DJI’s press statement below for all the details.');
    expect(byTitle('DJI’s official response')?.blocks).toHaveLength(4);
  });

  it('collapses no-break spaces but keeps typographic quotes and apostrophes', () => {
    expect(byTitle('DJI responds to data security')?.blocks[0]?.text).toMatch(
      /^The world’s leading drone maker DJI has clearly/,
    );
    expect(byTitle('DJI responds to US bill')?.blocks[0]?.text).toContain(
      'the “Countering CCP Drones Act” would',
    );
    for (const block of articles.flatMap((a) => a.blocks)) expect(block.text).not.toMatch(/\s{2}|\u00a0/);
  });
});

const word = fc.stringMatching(/^[A-Za-z0-9’“”,.:!?-]{1,10}$/);
const line = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const widget = fc.constantFrom('Expand Expanding Close', 'Expand\nExpanding\nClose');
// Stories shaped like the real page: an alt text is headline-sized; a story without one has a single excerpt.
const story = fc.oneof(
  fc.record({
    title: line(1, 12),
    alt: line(1, 8),
    excerpts: fc.array(line(1, 60), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ title: line(1, 12), alt: fc.constant(undefined), excerpts: fc.tuple(line(30, 60)) }),
);

describe('parseDroneDjListing on generated listings', () => {
  it('recovers every title and excerpt and never an alt text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(story, widget), { minLength: 1, maxLength: 5 }), (stories) => {
        const page = stories.map(([s, end]) =>
          [s.title, s.alt, ...s.excerpts, end].filter((p) => p !== undefined),
        );
        const parsed = parseDroneDjListing(['Skip to main content', ...page.flat()].join('\n\n'));
        expect(parsed.map((a) => a.title)).toEqual(stories.map(([s]) => s.title));
        expect(parsed.map((a) => a.blocks.map((b) => b.text))).toEqual(stories.map(([s]) => s.excerpts));
      }),
    );
  });

  it('either parses arbitrary text into normalised blocks or throws a CaptureFormatError', () => {
    const text = fc.array(fc.oneof(fc.string({ unit: 'binary' }), widget, fc.constant('\n\n')), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (parts) => {
        try {
          for (const block of parseDroneDjListing(parts.join('')).flatMap((a) => a.blocks)) {
            expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim());
            expect(block.text).not.toBe('');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CaptureFormatError);
        }
      }),
    );
  });

  it.each([
    ['an empty capture', ''],
    ['a page with no Expand widget', 'Skip to main content\n\nA title\n\nAn excerpt.'],
    ['a story cut off after the last widget', 'T\n\nE.\n\nExpand Expanding Close\n\nHalf a story'],
    ['a story with a title but no excerpt', 'Only a title\n\nExpand Expanding Close'],
  ])('rejects %s with a CaptureFormatError', (_name, text) => {
    expect(() => parseDroneDjListing(text)).toThrow(CaptureFormatError);
  });
});
