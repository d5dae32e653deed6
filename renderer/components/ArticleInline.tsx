import type { ReactNode } from 'react';
import type { Inline } from '../../archive/core/articles/article';
import { topHighlight, type Mark, type Segment } from '../../archive/core/annotations/highlight-layout';
import { layoutInline, type StyledSegment } from '../../archive/core/annotations/inline-layout';

/** What painting text needs beyond its own marks: the selected highlight and find hit, and where links go. */
export interface PaintState {
  activeAnnotationId: string | null;
  currentFindId: string | null;
  onAnnotationClick: (id: string) => void;
  /** The address in the app of a page of the same archive, or undefined where such links cannot open. */
  pageHref?: (page: string) => string | undefined;
}

function paintSegment(seg: Segment, paint: PaintState): ReactNode {
  const key = seg.start;
  if (seg.marks.length === 0) {
    return (
      <span key={key} data-start={seg.start}>
        {seg.text}
      </span>
    );
  }
  // Where highlights overlap, the selected one paints on top (so it can be found and scrolled to), else the
  // innermost, then the newest; a mark over several highlights says so with its underline.
  const annotations = seg.marks.filter((m) => m.kind === 'annotation');
  const annotation = annotations.find((m) => m.id === paint.activeAnnotationId) ?? topHighlight(annotations);
  const classes = ['mark'];
  if (annotation) classes.push('hl', `hl-${annotation.color ?? 'yellow'}`);
  if (annotations.length > 1) classes.push('hl-overlap');
  if (annotation && annotation.id === paint.activeAnnotationId) classes.push('hl-active');
  if (seg.marks.some((m) => m.kind === 'search')) classes.push('hit-search');
  const find = seg.marks.find((m) => m.kind === 'find');
  if (find) classes.push('hit-find', find.id === paint.currentFindId ? 'hit-find-current' : '');
  return (
    <mark
      key={key}
      data-start={seg.start}
      className={classes.join(' ').trim()}
      data-annotation-id={annotation?.id}
      aria-describedby={annotation ? `note-card-${annotation.id}` : undefined}
      data-find-id={find?.id}
      onClick={annotation ? () => paint.onAnnotationClick(annotation.id) : undefined}
    >
      {seg.text}
    </mark>
  );
}

// Styles wrap the painted text, so the element holding the text (and its offset) is always the innermost.
function styled(seg: StyledSegment, paint: PaintState): ReactNode {
  let node = paintSegment(seg, paint);
  for (const style of [...seg.styles].reverse()) {
    const Tag = style;
    node = <Tag key={`${style}-${seg.start}`}>{node}</Tag>;
  }
  return node;
}

/** The host of a web address, or the address itself (a mail address), to show beside an inert link. */
function shownAddress(url: string): string {
  if (url.toLowerCase().startsWith('mailto:')) return url.slice(7);
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function linked(link: Inline, key: number, children: ReactNode[], paint: PaintState): ReactNode {
  const href = link.page === undefined ? undefined : paint.pageHref?.(link.page);
  if (href !== undefined) {
    return (
      <a key={key} className="article-link" href={href}>
        {children}
      </a>
    );
  }
  // Addresses outside the archive are never opened: the words show where they led, as text.
  const address = link.url ?? link.page ?? '';
  return (
    <span key={key} className="link-inert" title={address} data-address={shownAddress(address)}>
      {children}
    </span>
  );
}

/** Text from plain-text offset `start`, painted with highlights and hits, styled, with its links. */
export function ArticleInline({
  start,
  text,
  marks,
  inlines,
  inlineBase,
  paint,
}: {
  start: number;
  text: string;
  marks: readonly Mark[];
  inlines?: readonly Inline[];
  /** Offset the inlines count from (the row's start, for one cell of a table row). */
  inlineBase?: number;
  paint: PaintState;
}) {
  const runs = layoutInline(start, text, marks, inlines, inlineBase);
  return runs.map((run) => {
    const children = run.segments.map((seg) => styled(seg, paint));
    return run.link ? linked(run.link, run.segments[0]!.start, children, paint) : children;
  });
}
