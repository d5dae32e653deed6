import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText } from './text-hash';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// UTF-8 bytes by a different route (URI encoding) so the test does not share the encoder under test.
function utf8Bytes(text: string): number[] {
  const encoded = encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));
  return [...encoded.matchAll(/%([0-9A-F]{2})|([^%])/g)].map(([, hex, char]) =>
    hex === undefined ? char!.charCodeAt(0) : parseInt(hex, 16),
  );
}

// Reference FNV-1a 64 with BigInt arithmetic, to check the 32-bit-halves implementation against.
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of utf8Bytes(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return 'fnv1a64:' + hash.toString(16).padStart(16, '0');
}

describe('hashText', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('matches the published FNV-1a 64 test vector for %j', (text, hex) => {
    expect(hashText(text)).toBe(`fnv1a64:${hex}`);
  });

  it('agrees with a BigInt reference on arbitrary Unicode text, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(hashText(text)).toBe(referenceFnv1a64(text));
      }),
    );
  });

  it('changes when one character of an article changes', () => {
    expect(hashText('DJI drones use AES-256.')).not.toBe(hashText('DJI drones use AES-128.'));
  });

  it('hashes a long article quickly', () => {
    const article = 'No evidence of drone data going to DJI or China. '.repeat(20_000);
    const started = Date.now();
    expect(hashText(article)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
