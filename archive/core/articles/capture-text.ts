/** Collapses every run of whitespace (including no-break spaces and line breaks) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits captured page text into paragraphs at blank lines; each paragraph is its list of non-blank lines,
 * untrimmed, because some captures mark list items by indentation.
 */
export function splitParagraphs(raw: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of raw.split(/\r\n?|\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
