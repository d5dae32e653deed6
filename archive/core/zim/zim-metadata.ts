import type { ZimArchive } from './zim-archive';

/** What a ZIM file says of itself, for the library card: every field may be missing from a file. */
export interface ZimMetadata {
  /** The content's identifier across editions (e.g. "wikipedia_en_all"): a newer edition has the same one. */
  name?: string;
  title?: string;
  description?: string;
  /** ISO 639-3 code(s), comma-separated in the file, e.g. "eng" or "fra,eng". */
  language?: string;
  creator?: string;
  publisher?: string;
  date?: string;
  /** The 48x48 illustration (newer files) or favicon (older ones). */
  illustration?: { mimeType: string; bytes: Uint8Array };
}

/** Longest metadata text kept: a description is a sentence or two; a hostile file must not fill the card. */
const MAX_TEXT = 4096;
const FIELDS = ['Name', 'Title', 'Description', 'Language', 'Creator', 'Publisher', 'Date'] as const;
const decoder = new TextDecoder();

/** Reads the file's metadata entries (namespace M), and its illustration. */
export async function readMetadata(zim: ZimArchive): Promise<ZimMetadata> {
  const metadata: ZimMetadata = {};
  for (const field of FIELDS) {
    const value = await text(zim, field);
    if (value !== undefined) metadata[field.toLowerCase() as Lowercase<typeof field>] = value;
  }
  const illustration = zim.header.newNamespaces
    ? await zim.findByPath('M', 'Illustration_48x48@1')
    : await zim.findByPath('-', 'favicon');
  const content = illustration && (await zim.resolve(illustration));
  if (content) metadata.illustration = await zim.content(content);
  return metadata;
}

async function text(zim: ZimArchive, name: string): Promise<string | undefined> {
  const entry = await zim.findByPath('M', name);
  const content = entry && (await zim.resolve(entry));
  if (!content) return undefined;
  const { bytes } = await zim.content(content);
  const value = decoder.decode(bytes.subarray(0, MAX_TEXT)).trim();
  return value === '' ? undefined : value;
}

/** What a library card shows of a ZIM file, all read from the file itself. */
export interface ZimSummary {
  /** The file's UUID, 32 hex digits: how the app knows the file again. */
  uuid: string;
  /** The file's own title, else its file name. */
  title: string;
  /** The content's identifier across editions, when the file gives one. */
  name?: string;
  description?: string;
  language?: string;
  creator?: string;
  date?: string;
  /** Articles in the file's title index. */
  articleCount: number;
  /** The main page's path in the content namespace, if the file has one. */
  mainPage?: string;
  /** The 48x48 illustration as a data URL (an image inside the file; never fetched from anywhere). */
  illustration?: string;
}
