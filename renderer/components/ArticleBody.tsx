import { memo, useMemo, type ReactNode, type RefObject } from 'react';
import { CELL_SEPARATOR, type Block } from '../../archive/core/articles/article';
import { blockTree, type BlockNode } from '../../archive/core/articles/block-tree';
import type { Mark } from '../../archive/core/annotations/highlight-layout';
import { ArticleImage } from './ArticleImage';
import { ArticleInline, type PaintState } from './ArticleInline';

interface Props extends PaintState {
  blocks: readonly Block[];
  offsets: readonly number[];
  marks: readonly Mark[];
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Reads an image of the article from its archive; absent where the archive keeps no images. */
  loadImage?: (src: string) => Promise<Blob>;
}

/** What rendering one node of the tree needs. */
interface View {
  blocks: readonly Block[];
  offsets: readonly number[];
  marks: readonly Mark[];
  paint: PaintState;
  loadImage?: (src: string) => Promise<Blob>;
}

function text(view: View, i: number): ReactNode {
  const block = view.blocks[i]!;
  const start = view.offsets[i] ?? 0;
  return (
    <ArticleInline
      start={start}
      text={block.text}
      marks={view.marks}
      inlines={block.inlines}
      paint={view.paint}
    />
  );
}

function blockElement(view: View, i: number, key: string): ReactNode {
  const block = view.blocks[i]!;
  if (block.kind === 'heading') {
    // The article's title is its one h1; the page's own levels follow below it.
    const Tag = `h${Math.min(6, Math.max(2, block.level ?? 2))}` as 'h2';
    return <Tag key={key}>{text(view, i)}</Tag>;
  }
  if (block.kind === 'code')
    return (
      <pre key={key} className="article-code">
        <code>{text(view, i)}</code>
      </pre>
    );
  if (block.kind === 'caption')
    return (
      <p key={key} className="article-caption">
        {text(view, i)}
      </p>
    );
  return <p key={key}>{text(view, i)}</p>;
}

function row(view: View, i: number): ReactNode {
  const block = view.blocks[i]!;
  const start = view.offsets[i] ?? 0;
  const cells = block.text.split(CELL_SEPARATOR);
  const headers = new Set(block.headers ?? []);
  let at = start;
  return (
    <tr key={i}>
      {cells.map((cell, c) => {
        const content = (
          <ArticleInline
            start={at}
            text={cell}
            marks={view.marks}
            inlines={block.inlines}
            inlineBase={start}
            paint={view.paint}
          />
        );
        at += cell.length + CELL_SEPARATOR.length;
        if (!headers.has(c)) return <td key={c}>{content}</td>;
        return (
          <th key={c} scope={headers.size === cells.length ? 'col' : 'row'}>
            {content}
          </th>
        );
      })}
    </tr>
  );
}

function node(view: View, n: BlockNode, k: number): ReactNode {
  const key = `${n.type}-${k}`;
  switch (n.type) {
    case 'block':
      return blockElement(view, n.index, key);
    case 'quote':
      return <blockquote key={key}>{n.children.map((child, k) => node(view, child, k))}</blockquote>;
    case 'list': {
      const items = n.items.map((item) => (
        <li key={item.index}>
          {text(view, item.index)}
          {item.children.map((child, k) => node(view, child, k))}
        </li>
      ));
      return n.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'table':
      // Wide tables scroll inside their own box (reachable by keyboard), never widening the page.
      return (
        <div key={key} className="article-table" tabIndex={0} role="group" aria-label="Table">
          <table>
            {n.caption !== undefined && <caption>{text(view, n.caption)}</caption>}
            <tbody>{n.rows.map((r) => row(view, r))}</tbody>
          </table>
        </div>
      );
    case 'figure': {
      const image = view.blocks[n.image]!;
      return (
        <figure key={key} className="article-figure">
          <ArticleImage src={image.src ?? ''} alt={image.alt} load={view.loadImage} />
          {n.caption !== undefined && <figcaption>{text(view, n.caption)}</figcaption>}
        </figure>
      );
    }
  }
}

/** The article text, block by block, with highlights, search hits and find hits painted from plain-text offsets. */
export const ArticleBody = memo(function ArticleBody({
  blocks,
  offsets,
  marks,
  bodyRef,
  loadImage,
  ...paint
}: Props) {
  const view: View = { blocks, offsets, marks, paint, loadImage };
  const tree = useMemo(() => blockTree(blocks), [blocks]);
  return (
    <div className="article-body" ref={bodyRef} data-testid="article-body">
      {tree.map((n, k) => node(view, n, k))}
    </div>
  );
});
