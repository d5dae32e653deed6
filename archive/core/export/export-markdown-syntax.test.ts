import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, escapeMarkdownLine } from './export-markdown-syntax';

// CommonMark: a backslash before any ASCII punctuation character stands for that character.
const unescape = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const SYNTAX = '\\`*_{}[]<>#|~=$%^&';

/** Lines full of Markdown syntax characters, list markers and padding. */
const line = fc.string({
  maxLength: 40,
  unit: fc.oneof(
    fc.constantFrom(...SYNTAX.split(''), '-', '+', '1', '9', '.', ')', ' ', '\t', 'a', '!', '(', ':'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !/[\r\n]/.test(c)),
  ),
});

describe('escapeMarkdownLine', () => {
  it('escapes emphasis, links, HTML, tags and list markers', () => {
    expect(escapeMarkdownLine('- *not* a [link](x) <b> #tag')).toBe(
      '\\- \\*not\\* a \\[link\\](x) \\<b\\> \\#tag',
    );
    expect(escapeMarkdownLine('12) item')).toBe('12\\) item');
    expect(escapeMarkdownLine('AES-256 and 1.5 GB')).toBe('AES-256 and 1.5 GB');
  });

  it('reads back as the trimmed line once CommonMark backslash escapes are resolved', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(unescape(escapeMarkdownLine(text))).toBe(text.trim());
      }),
    );
  });

  it('leaves no syntax character unescaped and starts no list item', () => {
    fc.assert(
      fc.property(line, (text) => {
        const escaped = escapeMarkdownLine(text);
        const bare = escaped.replace(/\\[!-/:-@[-`{-~]/g, '');
        for (const char of SYNTAX) expect(bare).not.toContain(char);
        expect(escaped).not.toMatch(/^([-+]|\d+[.)])/);
      }),
    );
  });
});

describe('escapeMarkdownInline', () => {
  it('joins the lines of a title with single spaces', () => {
    expect(escapeMarkdownInline('Drones\r\n---\n  title: x')).toBe('Drones --- title: x');
  });
});
