import { trimRange, type TextRange } from '../../archive/core/articles/text-range';

/** Attribute on every rendered text segment giving its first character's offset in the article's plain text. */
export const SEGMENT_ATTR = 'data-start';

function segmentsIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${SEGMENT_ATTR}]`)];
}

function segmentStart(el: HTMLElement): number {
  return Number(el.getAttribute(SEGMENT_ATTR));
}

/** Plain-text offset of a DOM boundary point inside the article body, or null if it is outside it. */
function boundaryOffset(root: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  if (!root.contains(node)) {
    // A drag that runs past the article (into the sidebar or status bar) is clipped to the article's edges.
    const body = document.createRange();
    body.selectNodeContents(root);
    const where = body.comparePoint(node, offset);
    if (where < 0) return 0;
    if (where > 0) return Number.MAX_SAFE_INTEGER;
    return null;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest<HTMLElement>(`[${SEGMENT_ATTR}]`);
    // Each segment element holds exactly one text node, so the offset inside it adds directly.
    if (seg && root.contains(seg)) return segmentStart(seg) + offset;
  }
  // A boundary between elements (e.g. triple-click ends at the next paragraph): snap to the nearest segment edge.
  const point = document.createRange();
  point.setStart(node, offset);
  const segments = segmentsIn(root);
  if (side === 'start') {
    const after = segments.find((s) => point.comparePoint(s, 0) >= 0 || s.contains(node));
    return after ? segmentStart(after) : null;
  }
  let before: HTMLElement | undefined;
  for (const s of segments) {
    if (point.comparePoint(s, s.childNodes.length) <= 0) before = s;
    else break;
  }
  return before ? segmentStart(before) + (before.textContent ?? '').length : null;
}

/**
 * The user's selection as offsets into the article's plain text, trimmed of surrounding white space,
 * or null when nothing inside the article body is selected.
 */
export function selectionOffsets(
  root: HTMLElement,
  selection: Selection | null,
  text: string,
): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = boundaryOffset(root, range.startContainer, range.startOffset, 'start');
  let end = boundaryOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  end = Math.min(end, text.length);
  const trimmed = trimRange(text, { start, end });
  return trimmed.end > trimmed.start ? trimmed : null;
}
