// Turns a file's bytes into text: byte-order marks first, then an HTML page's declared charset, then strict UTF-8.
// Nothing is guessed: bytes that do not decode in the chosen encoding are refused with a reason, never replaced
// with U+FFFD, so an imported article never silently holds garbage.
import { ImportRefusal } from './refusal';

/** Where a file's encoding came from, so the import summary can say why a file decoded as it did. */
export type EncodingSource = 'bom' | 'meta' | 'default';

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** WHATWG encoding name, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding: string;
  source: EncodingSource;
}

// The HTML standard looks for <meta charset> in the first 1024 bytes; we do the same.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
// WHATWG windows-1252 (also what "latin1" and "iso-8859-1" mean on the web) at bytes 0x80-0x9F. Hand-written
// because Node's TextDecoder maps these bytes to C1 controls, so the build and the app would disagree.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
/** Bytes looked at for a NUL before decoding, as browsers sniff a file's first bytes for binary content. */
const SNIFF_BYTES = 8192;
// A NUL never occurs in text files but is common in binary ones (images, archives, office documents).
const NUL = '\u0000';

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset an HTML page declares in its first 1024 bytes, as a label TextDecoder knows, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page saved as UTF-16 cannot declare it in ASCII-compatible bytes; the standard reads such a claim as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined; // An unknown label is ignored, as browsers do, and the default applies.
  }
}

/**
 * Decodes a file: a byte-order mark wins, then (for HTML) the page's declared charset, else UTF-8; throws an
 * ImportRefusal for bytes that are not text in that encoding or that look binary.
 */
export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  const bom = bomEncoding(bytes);
  // Checked on the bytes first: a binary file is usually not valid UTF-8 either, and "binary" is the better reason.
  if (bom === undefined && bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new ImportRefusal('binary', 'it looks like a binary file, not text');
  }
  const declared = bom === undefined && options.html ? declaredCharset(bytes) : undefined;
  const encoding = bom?.encoding ?? declared ?? 'utf-8';
  const source: EncodingSource = bom ? 'bom' : declared ? 'meta' : 'default';
  let text: string;
  try {
    text =
      encoding === 'windows-1252'
        ? decodeWindows1252(bytes)
        : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
            bytes.subarray(bom?.length ?? 0),
          );
  } catch {
    throw new ImportRefusal(
      'encoding',
      source === 'default'
        ? 'it is not UTF-8 text and does not say which encoding it uses'
        : `it is not valid ${encoding} text, although ${source === 'bom' ? 'its byte-order mark' : 'the page'} says so`,
    );
  }
  if (text.includes(NUL)) throw new ImportRefusal('binary', 'it looks like a binary file, not text');
  return { text, encoding, source };
}

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep String.fromCharCode's argument count far below engines' limits.
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
