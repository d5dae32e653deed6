import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText } from './decode';
import { ImportRefusal } from './refusal';

const utf8 = (text: string) => new TextEncoder().encode(text);
const refusal = (run: () => unknown): ImportRefusal => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    expect(decodeText(utf8('Drone – “data”'))).toMatchObject({ text: 'Drone – “data”', source: 'default' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('DJI’s')]);
    expect(decodeText(withBom)).toEqual({ text: 'DJI’s', encoding: 'utf-8', source: 'bom' });
  });

  it('reads UTF-16 in either byte order when a byte-order mark says so', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0x4a, 0x00, 0x49, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x44, 0x00, 0x4a, 0x00, 0x49]);
    expect(decodeText(le)).toMatchObject({ text: 'DJI', encoding: 'utf-16le' });
    expect(decodeText(be)).toMatchObject({ text: 'DJI', encoding: 'utf-16be' });
  });

  it("follows an HTML page's meta charset, with windows-1252's curly quotes and euro sign", () => {
    const page = new Uint8Array([...utf8('<meta charset="windows-1252"><p>'), 0x93, 0x80, 0x35, 0x94, 0xe9]);
    const decoded = decodeText(page, { html: true });
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    expect(decoded.text.endsWith('<p>“€5”é')).toBe(true);
  });

  it('reads the http-equiv form of the charset and treats latin1 as windows-1252, as browsers do', () => {
    expect(
      declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    ).toBe('windows-1252');
    expect(declaredCharset(utf8('<meta charset="no-such-encoding">'))).toBeUndefined();
  });

  it('ignores a meta charset outside HTML and past the first 1024 bytes', () => {
    const late = utf8(`${' '.repeat(1100)}<meta charset="windows-1252">`);
    expect(declaredCharset(late)).toBeUndefined();
    expect(decodeText(utf8('<meta charset="windows-1252"> é')).encoding).toBe('utf-8');
  });

  it('refuses invalid UTF-8 instead of replacing it, and says why', () => {
    const error = refusal(() => decodeText(new Uint8Array([0x61, 0xc3, 0x28, 0x62])));
    expect(error.code).toBe('encoding');
    expect(error.reason).toMatch(/not UTF-8/);
  });

  it('refuses a page whose bytes contradict its declared charset', () => {
    const page = new Uint8Array([...utf8('<meta charset="utf-8"><p>'), 0xff, 0xfe, 0xfd]);
    expect(refusal(() => decodeText(page, { html: true })).reason).toMatch(/the page says so/);
  });

  it('refuses binary content (a NUL byte) as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(refusal(() => decodeText(png)).code).toBe('binary');
  });

  it('decodes any UTF-8 text exactly, and any bytes either decode or are refused', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!text.includes('\u0000') && !text.startsWith('\ufeff'));
        expect(decodeText(utf8(text)).text).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, html) => {
        try {
          expect(typeof decodeText(bytes, { html }).text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportRefusal);
        }
      }),
    );
  });
});
