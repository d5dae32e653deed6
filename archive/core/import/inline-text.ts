// The text of one block as a page's elements give it piece by piece, with its styled runs and links kept in
// offsets of the finished text. Whitespace is collapsed as it arrives (not afterwards), so the offsets of a run
// opened halfway through a sentence stay true.
import { CELL_SEPARATOR, type Inline } from '../articles/article';
import { INVISIBLE, WHITESPACE } from './imported-text';

/** What an open run will be once closed: a style or a link. */
export type RunKind = Omit<Inline, 'start' | 'end'>;

/** A run opened and not yet closed, by the token `open` returned. */
interface OpenRun {
  kind: RunKind;
  start: number;
}

/** One block's text under construction; `take` hands it over and starts the next block. */
export class InlineText {
  private text = '';
  private runs: Inline[] = [];
  private readonly open = new Set<OpenRun>();

  /** Adds text from the page; `preserve` keeps its spaces and line breaks (preformatted code). */
  append(raw: string, preserve = false): void {
    let piece = raw.replace(INVISIBLE, '');
    if (preserve) {
      this.text += piece.replace(/\r\n?/g, '\n');
      return;
    }
    piece = piece.replace(WHITESPACE, ' ');
    if (piece.startsWith(' ') && (this.text === '' || /[ \t]$/.test(this.text))) piece = piece.slice(1);
    this.text += piece;
  }

  /** Ends a table cell: the next text goes into the next cell. */
  nextCell(): void {
    this.trimEnd();
    this.text += CELL_SEPARATOR;
  }

  /** Starts a styled run or link at the current end of the text; returns the token that closes it. */
  openRun(kind: RunKind): object {
    const run: OpenRun = { kind, start: this.text.length };
    this.open.add(run);
    return run;
  }

  /** Whether a link is open: links never nest, so an inner one is read as plain text. */
  inLink(): boolean {
    for (const run of this.open) if (run.kind.page !== undefined || run.kind.url !== undefined) return true;
    return false;
  }

  /** Closes the run `token` opened; a run holding no text is dropped. */
  closeRun(token: object): void {
    const run = token as OpenRun;
    if (!this.open.delete(run)) return;
    this.keep(run);
  }

  /** Whether no text has been added since the last block was taken. */
  isEmpty(): boolean {
    return this.text === '';
  }

  /**
   * The finished block text (trimmed, or with only its trailing line breaks trimmed when preformatted) and its
   * runs sorted by start; runs still open go on into the next block.
   */
  take(preserve = false): { text: string; inlines: Inline[] } {
    if (preserve) this.text = this.text.replace(/\s+$/, '');
    else this.trimEnd();
    let lead = 0;
    if (preserve) lead = /^\n*/.exec(this.text)![0].length;
    for (const run of this.open) this.keep(run);
    const text = this.text.slice(lead);
    const inlines = this.runs
      .map((r) => ({ ...r, start: Math.max(0, r.start - lead), end: Math.min(text.length, r.end - lead) }))
      .filter((r) => r.end > r.start && text.slice(r.start, r.end).trim() !== '')
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.text = '';
    this.runs = [];
    for (const run of this.open) run.start = 0;
    return { text, inlines };
  }

  private keep(run: OpenRun): void {
    let start = run.start;
    let end = this.text.length;
    while (start < end && this.text[start] === ' ') start++;
    while (end > start && /[ \t]/.test(this.text[end - 1]!)) end--;
    if (end > start) this.runs.push({ start, end, ...run.kind });
  }

  private trimEnd(): void {
    if (this.text.endsWith(' ')) this.text = this.text.slice(0, -1);
  }
}
