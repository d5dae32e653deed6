// Characters that start Markdown, HTML, or Obsidian/Logseq syntax anywhere in a line: emphasis, code, links and
// wikilinks, HTML and autolinks, entities, headings and #tags, tables, strikethrough, ==highlights==, math,
// %%comments%%, ^block-ids and {{macros}}. Each is ASCII punctuation, so CommonMark lets a backslash escape it.
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~=$%^&]/g;
// List markers only matter at the start of a line.
const LINE_START_MARKER = /^([-+])|^(\d+)([.)])/;

/** Escapes one line of text so Markdown renders it literally; surrounding spaces are dropped (they would indent). */
export function escapeMarkdownLine(line: string): string {
  return line
    .trim()
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LINE_START_MARKER, (_match, bullet: string | undefined, digits: string, delimiter: string) =>
      bullet === undefined ? `${digits}\\${delimiter}` : `\\${bullet}`,
    );
}

/** Escapes text for a single line such as a heading, joining its lines with spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
