import { memo, type ReactNode, type RefObject } from 'react';
import type { Block } from '../../archive/core/articles/article';
import {
  layoutBlock,
  topHighlight,
  type Mark,
  type Segment,
} from '../../archive/core/annotations/highlight-layout';

/** What painting a segment needs to know beyond its own marks. */
interface PaintState {
  activeAnnotationId: string | null;
  currentFindId: string | null;
  onAnnotationClick: (id: string) => void;
}

interface Props extends PaintState {
  blocks: readonly Block[];
  offsets: readonly number[];
  marks: readonly Mark[];
  bodyRef: RefObject<HTMLDivElement | null>;
}

function renderSegment(seg: Segment, paint: PaintState): ReactNode {
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

function BlockView({
  block,
  start,
  marks,
  paint,
}: {
  block: Block;
  start: number;
  marks: readonly Mark[];
  paint: PaintState;
}) {
  const children = layoutBlock(start, block.text, marks).map((seg) => renderSegment(seg, paint));
  if (block.kind === 'heading') return <h2>{children}</h2>;
  if (block.kind === 'list-item') return <li>{children}</li>;
  return <p>{children}</p>;
}

/** The article text, block by block, with highlights, search hits and find hits painted from plain-text offsets. */
export const ArticleBody = memo(function ArticleBody({ blocks, offsets, marks, bodyRef, ...paint }: Props) {
  // Consecutive list items share one <ul>, as in the source article.
  const groups: { list: boolean; items: number[] }[] = [];
  blocks.forEach((block, i) => {
    const list = block.kind === 'list-item';
    const last = groups.at(-1);
    if (last && last.list && list) last.items.push(i);
    else groups.push({ list, items: [i] });
  });
  const view = (i: number): ReactNode => {
    const block = blocks[i];
    return block ? (
      <BlockView key={i} block={block} start={offsets[i] ?? 0} marks={marks} paint={paint} />
    ) : null;
  };
  return (
    <div className="article-body" ref={bodyRef} data-testid="article-body">
      {groups.map((g) =>
        g.list ? <ul key={`list-${g.items[0]}`}>{g.items.map(view)}</ul> : view(g.items[0] ?? 0),
      )}
    </div>
  );
});
