import { describe, expect, it } from 'vitest';
import { ImportRefusal } from './refusal';
import { parseTextFile } from './text-format';

describe('parseTextFile', () => {
  it('takes a short first line as the title and blank-line separated paragraphs as the body', () => {
    expect(parseTextFile('Drone audit\r\n\r\nFirst para\r\ncontinues.\r\n\r\nSecond.', 'a.txt')).toEqual({
      title: 'Drone audit',
      blocks: [
        { kind: 'paragraph', text: 'First para continues.' },
        { kind: 'paragraph', text: 'Second.' },
      ],
    });
  });

  it('keeps a long or lone first paragraph as text and names the article after the file', () => {
    const long = 'word '.repeat(60).trim();
    expect(parseTextFile(`${long}\n\nMore.`, 'notes/field-report.txt').title).toBe('field-report');
    expect(parseTextFile('Only one line', 'one.txt')).toEqual({
      title: 'one',
      blocks: [{ kind: 'paragraph', text: 'Only one line' }],
    });
  });

  it('drops control and bidi-override characters and refuses whitespace-only files', () => {
    expect(parseTextFile('Title\u202e\n\nText\u0007 here', 't.txt')).toMatchObject({
      title: 'Title',
      blocks: [{ text: 'Text here' }],
    });
    expect(() => parseTextFile(' \n\t\n ', 'blank.txt')).toThrow(ImportRefusal);
  });
});
