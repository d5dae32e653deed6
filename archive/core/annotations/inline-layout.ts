// A block's text cut for display: runs under the same highlights, styles and link, grouped by link, so a link
// stays one element however many highlights cross it.
import type { Inline, InlineStyle } from '../articles/article';
import { layoutBlock, type Mark, type Segment } from './highlight-layout';

/** A segment with the inline styles over all of it, outermost first. */
export interface StyledSegment extends Segment {
  styles: InlineStyle[];
}

/** Consecutive segments under one link, or under none. */
export interface LinkRun {
  link?: Inline;
  segments: StyledSegment[];
}

/**
 * Lays out text starting at plain-text offset `start` (a block, or one table cell of it), painting `marks`,
 * with `inlines` in offsets from `inlineBase` (the block's start, where the text is a cell of it).
 */
export function layoutInline(
  start: number,
  text: string,
  marks: readonly Mark[],
  inlines: readonly Inline[] = [],
  inlineBase = start,
): LinkRun[] {
  const end = start + text.length;
  const runs = inlines
    .map((run) => ({ ...run, start: run.start + inlineBase, end: run.end + inlineBase }))
    .filter((run) => run.start < end && run.end > start);
  const cuts = runs.flatMap((run) => [run.start, run.end]);
  const groups: LinkRun[] = [];
  for (const segment of layoutBlock(start, text, marks, cuts)) {
    const segmentEnd = segment.start + segment.text.length;
    const over = runs.filter((run) => run.start <= segment.start && run.end >= segmentEnd);
    const styles = over.flatMap((run) => (run.style ? [run.style] : []));
    const link = over.find((run) => run.style === undefined);
    const last = groups.at(-1);
    const styled = { ...segment, styles };
    if (last && last.link === link) last.segments.push(styled);
    else groups.push(link ? { link, segments: [styled] } : { segments: [styled] });
  }
  return groups;
}
