import type { Block } from '../articles/article';
import { cleanText, titleFromFileName, type ImportedText } from './imported-text';
import { ImportRefusal } from './refusal';

/** A first line longer than this reads as a paragraph, not a title. */
const MAX_TITLE_LENGTH = 200;

/**
 * Reads a plain-text file: paragraphs are separated by blank lines; a short first line followed by a blank line
 * is the title, otherwise the file name is.
 */
export function parseTextFile(source: string, fileName: string): ImportedText {
  const chunks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(cleanText)
    .filter((chunk) => chunk !== '');
  if (chunks.length === 0) throw new ImportRefusal('no-text', 'it has no text to read');
  const firstLine = source.replace(/^[\s\ufeff]+/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const titled =
    chunks.length > 1 && cleanText(firstLine) === chunks[0] && chunks[0]!.length <= MAX_TITLE_LENGTH;
  const blocks = (titled ? chunks.slice(1) : chunks).map((text): Block => ({ kind: 'paragraph', text }));
  return { title: titled ? chunks[0]! : titleFromFileName(fileName), blocks };
}
