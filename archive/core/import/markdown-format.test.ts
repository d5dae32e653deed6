import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, readFrontMatter } from './markdown-format';
import { ImportRefusal } from './refusal';

const reasonOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusal) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('parseMarkdownFile', () => {
  it('keeps front matter values as text: title 1984 stays "1984", an impossible date is dropped', () => {
    const article = parseMarkdownFile('---\ntitle: 1984\ndate: 2020-02-30\n---\nBody text.', 'x.md');
    expect(article.title).toBe('1984');
    expect(article.date).toBeUndefined();
    expect(parseMarkdownFile('---\ndate: 2021-07-08T10:00:00Z\n---\nBody', 'x.md').date).toBe('2021-07-08');
  });

  it('reads author, site, language, address and tags from common front matter keys', () => {
    const article = parseMarkdownFile(
      '---\nTitle: Audit\nauthor: [Ann, Bo]\nsite: DroneDJ\nlang: en-GB\nurl: https://example.com/a\ntags: [dji, "#audit", dji]\n---\nText',
      'a.md',
    );
    expect(article).toMatchObject({
      title: 'Audit',
      byline: 'Ann, Bo',
      siteName: 'DroneDJ',
      language: 'en-GB',
      url: 'https://example.com/a',
      tags: ['dji', 'audit'],
    });
  });

  it('never runs or resolves YAML tags such as !!js/function, and refuses an alias bomb', () => {
    const article = parseMarkdownFile(
      '---\ntitle: !!js/function "function () { return 1 }"\n---\nText',
      'f.md',
    );
    expect(article.title).toBe('function () { return 1 }');
    const lol = (name: string, ref: string) => `${name}: &${name} [${Array(9).fill(ref).join(', ')}]`;
    const bomb = ['a: &a ["lol"]', lol('b', '*a'), lol('c', '*b'), lol('d', '*c'), lol('e', '*d')].join('\n');
    expect(reasonOf(() => parseMarkdownFile(`---\n${bomb}\n---\nText`, 'bomb.md'))).toMatch(/alias bomb/);
  });

  it('reads key: value lines of front matter that is not valid YAML, and ignores one that is not a mapping', () => {
    const article = parseMarkdownFile(
      '---\ntitle: Interview: the fleet manager\ndate: "2020-01-29"\n---\nText',
      'i.md',
    );
    expect(article).toMatchObject({ title: 'Interview: the fleet manager', date: '2020-01-29' });
    expect(readFrontMatter('title: [unclosed\nsource: x')).toEqual({ title: '[unclosed', source: 'x' });
    expect(readFrontMatter('- a\n- b')).toEqual({});
  });

  it('turns CommonMark into heading, paragraph and list-item blocks with the markup removed', () => {
    const md = [
      '# The title',
      'A *very* **bold** [link](https://x.example) with `code`,\nover two lines.',
      '## Method',
      '- one',
      '  1. nested',
      '> quoted text',
      '```',
      'let x = 1;',
      '```',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '<script>alert(1)</script>',
      'Inline <b>html</b> ![an image](x.png) dropped.',
    ].join('\n\n');
    const article = parseMarkdownFile(md, 'notes.md');
    expect(article.title).toBe('The title');
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'A very bold link with code, over two lines.' },
      { kind: 'heading', text: 'Method' },
      { kind: 'list-item', text: 'one' },
      { kind: 'list-item', text: 'nested' },
      { kind: 'paragraph', text: 'quoted text' },
      { kind: 'paragraph', text: 'let x = 1;' },
      { kind: 'paragraph', text: 'a | b' },
      { kind: 'paragraph', text: '1 | 2' },
      { kind: 'paragraph', text: 'Inline html dropped.' },
    ]);
  });

  it('takes the title from the file name when there is neither front matter title nor leading # heading', () => {
    expect(parseMarkdownFile('Just text.', 'folder/My_notes.md').title).toBe('My notes');
    expect(parseMarkdownFile('Intro\n\n# Later heading', 'n.md').title).toBe('n');
  });

  it('refuses a file with no text, and reads hostile nesting and a million backticks quickly', () => {
    expect(reasonOf(() => parseMarkdownFile('---\ntitle: t\n---\n\n', 'e.md'))).toMatch(/no text/);
    const started = Date.now();
    // markdown-it stops reading below 100 levels of nesting, so nothing is left of this file to keep.
    expect(() => parseMarkdownFile('>'.repeat(100_000) + ' deep', 'deep.md')).toThrow(ImportRefusal);
    expect(parseMarkdownFile('>'.repeat(50) + ' deep', 'fifty.md').blocks).toEqual([
      { kind: 'paragraph', text: 'deep' },
    ]);
    expect(() => parseMarkdownFile('`'.repeat(1_000_000), 'ticks.md')).toThrow(ImportRefusal);
    parseMarkdownFile('*a '.repeat(100_000), 'stars.md');
    // Generous bound: micromark took 64 s on the nested quotes alone; this guards against that class, not speed.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
