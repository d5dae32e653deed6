import { memo, type ReactNode, type RefObject } from 'react';
import type { Block } from '../../archive/core/article';
import { layoutBlock, type Mark, type Segment } from '../../archive/core/highlight-layout';

interface Props {
  blocks: readonly Block[];
  offsets: readonly number[];
  marks: readonly Mark[];
  activeAnnotationId: string | null;
  currentFindId: string | null;
  onAnnotationClick: (id: string) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
}

function renderSegment(seg: Segment, props: Props): ReactNode {
  const key = seg.start;
  if (seg.marks.length === 0) {
    return (
      <span key={key} data-start={seg.start}>
        {seg.text}
      </span>
    );
  }
  // The newest annotation paints on top where highlights overlap; search and find hits add their own styling.
  const annotation = seg.marks.filter((m) => m.kind === 'annotation').at(-1);
  const classes = ['mark'];
  if (annotation) classes.push('hl', `hl-${annotation.color ?? 'yellow'}`);
  if (annotation && annotation.id === props.activeAnnotationId) classes.push('hl-active');
  if (seg.marks.some((m) => m.kind === 'search')) classes.push('hit-search');
  const find = seg.marks.find((m) => m.kind === 'find');
  if (find) classes.push('hit-find', find.id === props.currentFindId ? 'hit-find-current' : '');
  return (
    <mark
      key={key}
      data-start={seg.start}
      className={classes.join(' ').trim()}
      data-annotation-id={annotation?.id}
      data-find-id={find?.id}
      onClick={annotation ? () => props.onAnnotationClick(annotation.id) : undefined}
    >
      {seg.text}
    </mark>
  );
}

function BlockView({ block, start, props }: { block: Block; start: number; props: Props }) {
  const children = layoutBlock(start, block.text, props.marks).map((seg) => renderSegment(seg, props));
  if (block.kind === 'heading') return <h2>{children}</h2>;
  if (block.kind === 'list-item') return <li>{children}</li>;
  return <p>{children}</p>;
}

/** The article text, block by block, with highlights, search hits and find hits painted from plain-text offsets. */
export const ArticleBody = memo(function ArticleBody(props: Props) {
  const groups: { list: boolean; items: number[] }[] = [];
  props.blocks.forEach((block, i) => {
    const list = block.kind === 'list-item';
    const last = groups.at(-1);
    if (last && last.list && list) last.items.push(i);
    else groups.push({ list, items: [i] });
  });
  const view = (i: number): ReactNode => {
    const block = props.blocks[i];
    return block ? <BlockView key={i} block={block} start={props.offsets[i] ?? 0} props={props} /> : null;
  };
  return (
    <div className="article-body" ref={props.bodyRef} data-testid="article-body">
      {groups.map((g) =>
        g.list ? <ul key={`list-${g.items[0]}`}>{g.items.map(view)}</ul> : view(g.items[0] ?? 0),
      )}
    </div>
  );
});
