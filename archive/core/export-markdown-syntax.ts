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

/** Writes a passage as a Markdown block quote that renders the text literally, one "> " line per line. */
export function blockQuote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeMarkdownLine(line))
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * Wraps text in a backtick fence longer than any backtick run inside it, so no line of the text can close the
 * fence and the text between the fence lines is exactly `text`.
 */
export function fencedBlock(text: string): string {
  let longestRun = 0;
  for (const match of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, match[0].length);
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}\n${text}\n${fence}`;
}
