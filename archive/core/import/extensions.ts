/** The file extensions each import format reads; apart from the parsers so a file picker needs none of them. */
export const IMPORT_EXTENSIONS = {
  html: ['.html', '.htm'],
  markdown: ['.md', '.markdown'],
  text: ['.txt'],
} as const;

/** Every importable extension, for a file picker's `accept` and for messages. */
export const ALL_IMPORT_EXTENSIONS: readonly string[] = Object.values(IMPORT_EXTENSIONS).flat();
