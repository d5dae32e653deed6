// The import formats, registered as data: each names its extensions and its parser, so the file picker's filter,
// the build's folder scan and the import itself all read one list.
import { hashText } from '../articles/text-hash';
import { decodeText } from './decode';
import { liftMetadata } from './lift-metadata';
import { ALL_IMPORT_EXTENSIONS, IMPORT_EXTENSIONS } from './extensions';
import { parseHtmlFile } from './html-format';
import type { ImportedText } from './imported-text';
import { parseMarkdownFile } from './markdown-format';
import { ImportRefusal } from './refusal';
import { parseTextFile } from './text-format';

/** One importable file format. */
export interface ImportFormat {
  id: 'html' | 'markdown' | 'text';
  /** What the import summary calls it. */
  label: string;
  /** Lower-case extensions with the dot. */
  extensions: readonly string[];
  /** Whether an HTML `<meta charset>` may choose the encoding. */
  html: boolean;
  parse(source: string, fileName: string): ImportedText;
}

/** Every format the app and the build import. */
const IMPORT_FORMATS: readonly ImportFormat[] = [
  { id: 'html', label: 'Web page', extensions: IMPORT_EXTENSIONS.html, html: true, parse: parseHtmlFile },
  {
    id: 'markdown',
    label: 'Markdown',
    extensions: IMPORT_EXTENSIONS.markdown,
    html: false,
    parse: parseMarkdownFile,
  },
  { id: 'text', label: 'Plain text', extensions: IMPORT_EXTENSIONS.text, html: false, parse: parseTextFile },
];

/** Largest file imported; bigger ones are refused before they are read, so one file cannot exhaust memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The format a file name's extension selects, if any. */
export function formatFor(fileName: string): ImportFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  return IMPORT_FORMATS.find((format) => format.extensions.includes(extension));
}

/** Refuses, before its bytes are read, a file whose name or size already rules it out. */
export function checkFile(fileName: string, size: number): ImportFormat {
  const format = formatFor(fileName);
  if (!format) {
    const known = ALL_IMPORT_EXTENSIONS.join(', ');
    throw new ImportRefusal('unsupported-type', `only ${known} files can be imported`);
  }
  if (size === 0) throw new ImportRefusal('empty', 'the file is empty');
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportRefusal('too-large', `it is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`);
  }
  return format;
}

/** An imported file's text, its format, the encoding it was read in and a hash of its decoded text. */
export interface ParsedFile {
  format: ImportFormat['id'];
  encoding: string;
  /** hashText of the decoded file: the same file imported twice has the same hash, whatever its name. */
  contentHash: string;
  text: ImportedText;
}

/** Decodes and parses one file's bytes; throws ImportRefusal with a plain-words reason when it cannot. */
function parseFile(fileName: string, bytes: Uint8Array): ParsedFile {
  const format = checkFile(fileName, bytes.length);
  const decoded = decodeText(bytes, { html: format.html });
  // A title repeated under the title, a byline and a date at the top of the text are metadata, whatever the format.
  const text = liftMetadata(format.parse(decoded.text, fileName));
  return { format: format.id, encoding: decoded.encoding, contentHash: hashText(decoded.text), text };
}

/** The outcome of reading one file: its parsed text, or why it was refused, in plain words. */
export type FileOutcome =
  { ok: true; file: ParsedFile } | { ok: false; code: ImportRefusal['code'] | 'failed'; reason: string };

/** Reads one file and never throws: every failure, expected or not, becomes a refusal with a reason. */
export function readImportFile(fileName: string, bytes: Uint8Array): FileOutcome {
  try {
    return { ok: true, file: parseFile(fileName, bytes) };
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, code: error.code, reason: error.reason };
    // A parser bug or a stack overflow on a pathological file must cost that file only, never the import.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'failed', reason: `it could not be read (${detail.slice(0, 120)})` };
  }
}
