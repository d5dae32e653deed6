import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText } from '../articles/text-hash';
import { checkFile, formatFor, MAX_IMPORT_BYTES, readImportFile } from './formats';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the import formats', () => {
  it('choose a parser by extension, whatever its case, and refuse other types with the list of known ones', () => {
    expect(formatFor('Page.HTM')?.id).toBe('html');
    expect(formatFor('notes.markdown')?.id).toBe('markdown');
    expect(formatFor('a.txt')?.id).toBe('text');
    expect(formatFor('archive.tar.gz')).toBeUndefined();
    expect(readImportFile('report.pdf', utf8('%PDF'))).toEqual({
      ok: false,
      code: 'unsupported-type',
      reason: 'only .html, .htm, .md, .markdown, .txt files can be imported',
    });
  });

  it('refuse empty and oversized files before reading them', () => {
    expect(readImportFile('empty.md', new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    expect(() => checkFile('huge.html', MAX_IMPORT_BYTES + 1)).toThrow(/larger than the 20 MB limit/);
    expect(checkFile('fits.html', MAX_IMPORT_BYTES).id).toBe('html');
  });

  it('read each format through its parser and report the encoding used', () => {
    const outcome = readImportFile('a.txt', utf8('Title\n\nBody'));
    expect(outcome).toEqual({
      ok: true,
      file: {
        format: 'text',
        encoding: 'utf-8',
        contentHash: hashText('Title\n\nBody'),
        text: { title: 'Title', blocks: [{ kind: 'paragraph', text: 'Body' }] },
      },
    });
  });

  it('never throw: any bytes under any name become an article or a refusal with a reason', () => {
    const name = fc.tuple(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('.html', '.md', '.txt', '.htm', '', '.exe'),
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ maxLength: 400 }).map(utf8),
      fc
        .array(
          fc.constantFrom(
            '<div>',
            '</div>',
            '<p>',
            'text ',
            '---\n',
            '# ',
            '> ',
            '*',
            '`',
            '[',
            '](',
            '&amp;',
            '\n',
          ),
          {
            maxLength: 200,
          },
        )
        .map((parts) => utf8(parts.join(''))),
    );
    fc.assert(
      fc.property(name, bytes, ([stem, extension], content) => {
        const outcome = readImportFile(stem + extension, content);
        if (outcome.ok) {
          expect(outcome.file.text.title).not.toBe('');
          for (const block of outcome.file.text.blocks) {
            expect(block.text).not.toBe('');
            expect(block.text).toBe(block.text.trim());
            // eslint-disable-next-line no-control-regex -- control characters are exactly what must not survive
            expect(block.text).not.toMatch(/[\r\n\u0000\u202e]/);
          }
        } else {
          expect(outcome.reason.length).toBeGreaterThan(5);
          expect(outcome.code).not.toBe('failed');
        }
      }),
      { numRuns: 300 },
    );
  });
});
