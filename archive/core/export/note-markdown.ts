import type { HighlightColor } from '../annotations/annotation';
import { escapeMarkdownLine } from './export-markdown-syntax';
import { formatTag } from '../annotations/tags';

/** How a highlight is written in Markdown: as an Obsidian callout coloured by type, or as ==marked== text. */
export type HighlightStyle = 'callout' | 'highlight';

/**
 * The Obsidian callout type for each highlight colour: the one whose stock colour is nearest, unless its name
 * would put a judgement on the passage. Pink has no stock callout; the nearest, red `failure`, would read as
 * "this is wrong", so pink is `important`, which says only that the passage matters. The callout's title keeps
 * the colour's name either way.
 */
const CALLOUT_TYPES: Readonly<Record<HighlightColor, string>> = {
  yellow: 'question',
  green: 'success',
  blue: 'info',
  pink: 'important',
  purple: 'example',
  orange: 'warning',
};

// A line that opens or continues a block quote (after up to three spaces of indentation).
const QUOTE_LINE = /^ {0,3}>/;

// What would take over the rest of the document: headings (which would also join the export's own outline),
// setext underlines (which turn the line above into a heading), HTML (some blocks end only at a matching close
// tag, and an unclosed element wraps whatever follows once rendered), and Obsidian's %% comments and $$ math
// when left open.
// Container markers (block quotes, list items) may come first: a heading inside them is still a heading.
const CONTAINERS = String.raw`(?:[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)))*[ \t]{0,3}`;
const HEADING = new RegExp(String.raw`^(${CONTAINERS})(#{1,6})(?=[ \t]|$)`);
const SETEXT_UNDERLINE = new RegExp(String.raw`^(${CONTAINERS})([=-])(?=[=\-\s]*$)`);
const HTML_START = /<(?=[A-Za-z/!?])/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A user's note as Markdown that stays inside its own place in the export: written as typed (bold, links,
 * [[wikilinks]], #tags and lists still work), with only what would reach past the note changed: a heading or
 * setext underline is escaped, HTML tags outside code are escaped, an unclosed code fence is
 * closed, an odd number of %% or $$ markers is escaped, and a line right after a quote is set apart from it by
 * a blank line. Line endings become \n.
 */
export function noteMarkdown(note: string): string {
  const lines = note.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      out.push(line);
      const close = FENCE.exec(line);
      if (
        close &&
        close[1]![0] === fence[0] &&
        close[1]!.length >= fence.length &&
        line.trim() === close[1]
      ) {
        fence = undefined;
      }
      continue;
    }
    const open = FENCE.exec(line);
    // A backtick fence's info string cannot hold a backtick; such a line is text, not a fence.
    if (
      open &&
      !(open[1]![0] === '`' && line.slice(line.indexOf(open[1]!) + open[1]!.length).includes('`'))
    ) {
      fence = open[1]!;
      out.push(line);
      continue;
    }
    // A line typed right after a quote would join it (CommonMark's lazy continuation): a blank line ends the quote
    // first, so the words the user wrote after it render as their own paragraph, as they were meant.
    const previous = out.at(-1);
    if (previous !== undefined && QUOTE_LINE.test(previous) && line.trim() !== '' && !QUOTE_LINE.test(line))
      out.push('');
    out.push(escapeHtmlOutsideCode(line.replace(HEADING, '$1\\$2').replace(SETEXT_UNDERLINE, '$1\\$2')));
  }
  if (fence !== undefined) out.push(fence);
  let text = out.join('\n').replace(/^\n+|\n+$/g, '');
  for (const marker of ['%%', '$$']) {
    if (text.split(marker).length % 2 === 0) text = text.split(marker).join(`\\${marker[0]}\\${marker[1]}`);
  }
  return text;
}

// Escapes "<" before a tag name outside `code spans`, where a backslash would show.
function escapeHtmlOutsideCode(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(HTML_START, '\\<')))
    .join('');
}

/**
 * A tag as an Obsidian #tag that CommonMark never reads as emphasis: an underscore at the edge of a tag or of
 * one of its levels (which could open or close emphasis) is escaped; those inside a word cannot and are kept.
 */
export function markdownTag(tag: string): string {
  return formatTag(tag).replace(/_+(?=$|\/)|(?<=^#|\/)_+/g, (run) => '\\_'.repeat(run.length));
}

/** An Obsidian block id for an annotation, stable across exports because it comes from the annotation's id. */
export function blockId(annotationId: string): string {
  const safe = annotationId.replace(/[^A-Za-z0-9-]/g, '');
  return `airgap-${safe === '' ? 'note' : safe}`;
}

/** The passage as Markdown in the chosen style, literal whatever it contains; `title` heads a callout. */
export function highlightMarkdown(
  quote: string,
  color: HighlightColor,
  style: HighlightStyle,
  title: string,
): string {
  const lines = quote.split(/\r\n?|\n/).map(literalLine);
  if (style === 'callout') {
    const body = lines.map((line) => (line === '' ? '>' : `> ${line}`));
    return [`> [!${CALLOUT_TYPES[color]}] ${title}`, ...body].join('\n');
  }
  // One ==mark== per line (a mark cannot span a line break), lines joined by hard breaks, blank lines kept.
  const marked = lines.map((line) => (line === '' ? '' : `==${line}==`));
  return `${marked.join('\\\n')} *(${color})*`;
}

// One line of a passage, rendered literally: Markdown escaped, and the white space at either end (which
// Markdown would drop or read as indentation) written as character references. A line of white space is blank.
function literalLine(line: string): string {
  const core = line.trim();
  if (core === '') return '';
  const references = (run: string) => [...run].map((c) => `&#${c.codePointAt(0)};`).join('');
  const lead = line.slice(0, line.length - line.trimStart().length);
  const trail = line.slice(line.trimEnd().length);
  return references(lead) + escapeMarkdownLine(core) + references(trail);
}

/** The tags line of an annotation, or '' when it has none worth writing. */
export function tagsLine(tags: readonly string[]): string {
  return tags
    .map(markdownTag)
    .filter((t) => t !== '')
    .join(' ');
}
