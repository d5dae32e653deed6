import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../annotations/annotation';
import { blockId, highlightMarkdown, markdownTag, noteMarkdown } from './note-markdown';
import { hazardousNote, textOfHtml } from '../testing/markdown-arbitrary';

const commonmark = new MarkdownIt('commonmark');
const render = (markdown: string): string => commonmark.render(markdown);

describe('noteMarkdown', () => {
  it('leaves a note with no structural hazards exactly as typed', () => {
    const plain = 'Who paid for the **audit**? See [[Booz Allen]] and #policy.\n\n- one\n- two';
    expect(noteMarkdown(plain)).toBe(plain);
  });

  it('never lets a note reach past its place: what follows renders as if the note were not there', () => {
    fc.assert(
      fc.property(hazardousNote, (note) => {
        const safe = noteMarkdown(note);
        const after = '> [!info] Next highlight\n> quoted text\n\n#next-tag';
        // Whatever the note holds, the highlight after it and the heading before it render exactly as they do
        // alone: an open fence, comment or HTML block, or a setext line, would swallow or restyle them.
        expect(render(`${safe}\n\n${after}`).endsWith(render(after))).toBe(true);
        expect(render(`# Title\n\n${safe}`).startsWith(render('# Title'))).toBe(true);
        expect(render(`${safe}\n\n${after}`)).not.toMatch(/<h[1-6]>/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('escapes headings, setext underlines and greedy HTML, closes an open fence, and balances %% and $$', () => {
    expect(noteMarkdown('# Heading')).toBe('\\# Heading');
    expect(noteMarkdown('>## Quoted heading')).toBe('>\\## Quoted heading');
    expect(noteMarkdown('Summary\n---')).toBe('Summary\n\\---');
    expect(noteMarkdown('<!-- open')).toBe('\\<!-- open');
    expect(noteMarkdown('```js\nx')).toBe('```js\nx\n```');
    expect(noteMarkdown('50%% done')).toBe('50\\%\\% done');
    expect(noteMarkdown('a\r\nb')).toBe('a\nb');
  });
});

describe('highlightMarkdown', () => {
  const textOf = textOfHtml;

  it('gives back every line of any passage exactly, in either style', () => {
    const line = fc
      .string({ unit: 'grapheme', maxLength: 30 })
      .filter((l) => l.trim() !== '' && !/[\r\n]/.test(l));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...HIGHLIGHT_COLORS),
        (lines, color) => {
          const callout = textOf(render(highlightMarkdown(lines.join('\n'), color, 'callout', 'Highlight')));
          // The first line is the callout's title; every other non-empty line is the passage's.
          expect(
            callout
              .split('\n')
              .filter((l) => l !== '')
              .slice(1),
          ).toEqual(lines);
          const marked = textOf(render(highlightMarkdown(lines.join('\n'), color, 'highlight', '')));
          const back = marked.trimEnd().slice(0, -` (${color})`.length).split('\n');
          expect(back).toEqual(lines.map((l) => `==${l}==`));
        },
      ),
    );
  });
});

describe('markdownTag', () => {
  it('sets a line typed right after a quote apart from it, so it does not join the quote', () => {
    expect(noteMarkdown('> what they said\nwhat I think')).toBe('> what they said\n\nwhat I think');
    expect(noteMarkdown('> one\n> two\n\nafter')).toBe('> one\n> two\n\nafter');
    expect(noteMarkdown('```\n> in code\ncode\n```')).toBe('```\n> in code\ncode\n```');
  });

  it('writes tags that CommonMark never renders as emphasis', () => {
    expect(markdownTag('_a_')).toBe('#\\_a\\_');
    expect(markdownTag('snake_case/_x')).toBe('#snake_case/\\_x');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z_]{1,8}(\/[a-z_]{1,8})?$/), (tag) => {
        const written = markdownTag(tag);
        if (written === '') return;
        expect(render(written)).not.toMatch(/<em>|<strong>/);
      }),
    );
  });
});

describe('blockId', () => {
  it('is stable and made only of the characters Obsidian block ids allow', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(blockId(id)).toBe(blockId(id));
        expect(blockId(id)).toMatch(/^airgap-[A-Za-z0-9-]+$/);
      }),
    );
  });
});
