/** Prefix naming the algorithm, so stored hashes can be told apart if the algorithm ever changes. */
const TEXT_HASH_PREFIX = 'fnv1a64:';

const TWO_32 = 0x1_0000_0000;
// FNV-1a 64-bit prime is 2^40 + 0x1b3; the multiply below splits it that way to stay inside 53-bit integers.
const PRIME_LOW = 0x1b3;

/** Hashes text with 64-bit FNV-1a over its UTF-8 bytes; deterministic across runs and platforms. */
export function hashText(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const mix = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    const low = lo * PRIME_LOW;
    const carry = Math.floor(low / TWO_32);
    // lo * 2^40 only reaches the high word through lo's low 24 bits (the rest overflows 64 bits).
    hi = (hi * PRIME_LOW + carry + (lo & 0xffffff) * 0x100) >>> 0;
    lo = low >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    // Lone surrogates hash as U+FFFD, which is what TextEncoder would write for them.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) {
      mix(code);
    } else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  return TEXT_HASH_PREFIX + hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
