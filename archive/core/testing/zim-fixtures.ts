import legacyUrl from '../zim/fixtures/legacy-xz.zim?inline';
import extendedUrl from '../zim/fixtures/extended-zstd.zim?inline';
import modernUrl from '../zim/fixtures/modern.zim?inline';
import frenchUrl from '../zim/fixtures/french.zim?inline';
import legacyReference from '../zim/fixtures/legacy-xz.zimdump.json';
import extendedReference from '../zim/fixtures/extended-zstd.zimdump.json';
import modernReference from '../zim/fixtures/modern.zimdump.json';
import frenchReference from '../zim/fixtures/french.zimdump.json';

/** What zimdump (the reference reader) recorded of a fixture: its info lines and every entry it lists. */
export interface ZimdumpReference {
  info: Record<string, string>;
  entries: {
    path: string;
    title?: string;
    type?: string;
    mimeType?: string;
    size?: number;
    redirect?: number;
    /** The entry's bytes as zimdump dumped them, base64. */
    bytes?: string;
  }[];
}

/** One recorded fixture: the file's bytes, zimdump's account of it, and how it was made. */
export interface ZimFixture {
  name: string;
  bytes: Uint8Array;
  reference: ZimdumpReference;
}

/** Decodes base64 (a data URL's payload, or a reference's bytes). */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const fromDataUrl = (url: string): Uint8Array => fromBase64(url.slice(url.indexOf(',') + 1));

/**
 * The recorded ZIM fixtures (tools/zim/record-fixtures.ts): `modern` by zimwriterfs (new namespaces, zstd, title
 * listings), `legacy` in the old namespaces with an xz and a plain cluster, `extended` with 64-bit offsets.
 */
export const ZIM_FIXTURES: Record<'modern' | 'legacy' | 'extended', ZimFixture> = {
  modern: { name: 'modern.zim', bytes: fromDataUrl(modernUrl), reference: modernReference },
  legacy: { name: 'legacy-xz.zim', bytes: fromDataUrl(legacyUrl), reference: legacyReference },
  extended: { name: 'extended-zstd.zim', bytes: fromDataUrl(extendedUrl), reference: extendedReference },
};

/** A library in French (Language "fra") by zimwriterfs, with metadata of its own: for per-language search. */
export const FRENCH_FIXTURE: ZimFixture = {
  name: 'french.zim',
  bytes: fromDataUrl(frenchUrl),
  reference: frenchReference,
};

/** The metadata every fixture but the French one was written with. */
export const FIXTURE_METADATA = {
  Title: 'Drone audits',
  Description: 'Small test library',
  Language: 'eng',
  Creator: 'Airgap tests',
  Publisher: 'Airgap',
} as const;
