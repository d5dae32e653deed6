import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleFrontMatter } from './simple-front-matter';

const CHARS = [
  'a',
  'Z',
  '7',
  ' ',
  ' ',
  ':',
  '#',
  "'",
  '"',
  '-',
  '?',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\t',
  '\\',
  'é',
  '中',
  '\u00a0',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u0001',
  '.',
  '~',
];
// Values start plain and then meet one of YAML's special characters now and then, so both paths are exercised.
const value = fc
  .tuple(
    fc.constantFrom('a', 'Z', '7', 'é', '中', ' ', ':', '#', "'"),
    fc.array(fc.oneof(fc.constantFrom('a', 'b', ' '), fc.constantFrom(...CHARS)), { maxLength: 10 }),
  )
  .map(([first, rest]) => first + rest.join(''));
const key = fc.constantFrom('id', 'title', 'source', 'date', 'Title', '_x', 'a-b', 'k9', 'constructor');
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
  fc.tuple(key, fc.constantFrom(':', ':  ', ' : '), value).map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.constantFrom('', '# note', '---', '- item', '  indented: x'),
);
const failsafe = (text: string): unknown => parseYaml(text, { schema: 'failsafe' });

describe('readSimpleFrontMatter', () => {
  it('gives what the YAML library gives whenever it answers, and leaves anything unusual to it', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (lines) => {
        const text = lines.join('\n');
        const simple = readSimpleFrontMatter(text);
        if (simple === undefined) return;
        expect({ ...simple }).toEqual(failsafe(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the front matter the app writes for plain titles, and leaves quoted ones to the library', () => {
    const plain = stringifyYaml({
      id: 'a-1',
      title: '0.0 gram premix, per head',
      source: 'Hearth & Home',
    }).trimEnd();
    expect(readSimpleFrontMatter(plain)).toEqual({
      id: 'a-1',
      title: '0.0 gram premix, per head',
      source: 'Hearth & Home',
    });
    const quoted = stringifyYaml({ id: 'b', title: 'Note: #1' }).trimEnd();
    expect(readSimpleFrontMatter(quoted)).toBeUndefined();
    expect(failsafe(quoted)).toEqual({ id: 'b', title: 'Note: #1' });
  });

  it('leaves a repeated key to the library, which refuses it', () => {
    expect(readSimpleFrontMatter('id: a\nid: b')).toBeUndefined();
  });
});
