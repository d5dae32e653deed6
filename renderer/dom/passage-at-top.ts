import { SEGMENT_ATTR } from './selection-offsets';

function segmentsIn(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(`[${SEGMENT_ATTR}]`)];
}

/** The first index in [0, length) for which `below` holds, assuming it holds for a suffix; length if for none. */
function firstTrue(length: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The bounding box of one character of a text node; a collapsed space at a line end takes the next one's. */
function charRect(range: Range, text: Text, i: number): DOMRect {
  for (let at = i; at < text.length; at += 1) {
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const rect = range.getBoundingClientRect();
    if (rect.height > 0) return rect;
  }
  return range.getBoundingClientRect();
}

/**
 * The plain-text offset where the first line that reaches below `top` (a viewport y) starts: the words a reader
 * sees at the top of the reading area. Undefined when no text is below it. Segments and their characters are
 * in reading order, so both are found by bisection, with a few dozen layout reads for any article.
 */
export function passageAtTop(body: HTMLElement, top: number): number | undefined {
  const segments = segmentsIn(body);
  const s = firstTrue(segments.length, (i) => (segments[i]?.getBoundingClientRect().bottom ?? 0) > top);
  const segment = segments[s];
  if (!segment) return undefined;
  const start = Number(segment.getAttribute(SEGMENT_ATTR));
  const text = segment.firstChild;
  if (!(text instanceof Text) || text.length === 0) return start;
  const range = document.createRange();
  return (
    start +
    Math.min(
      text.length - 1,
      firstTrue(text.length, (i) => charRect(range, text, i).bottom > top),
    )
  );
}

/** The rendered segment holding a plain-text offset: the last one starting at or before it. */
function segmentAt(body: HTMLElement, offset: number): HTMLElement | undefined {
  const segments = segmentsIn(body);
  const after = firstTrue(segments.length, (i) => Number(segments[i]?.getAttribute(SEGMENT_ATTR)) > offset);
  return segments[after - 1];
}

/** The DOM position (a text node and an offset in it) of a plain-text offset, for placing a caret there. */
export function domPointAt(body: HTMLElement, offset: number): { node: Node; offset: number } | undefined {
  const segment = segmentAt(body, offset);
  const text = segment?.firstChild;
  if (!segment || !(text instanceof Text)) return undefined;
  return {
    node: text,
    offset: Math.min(text.length, Math.max(0, offset - Number(segment.getAttribute(SEGMENT_ATTR)))),
  };
}

/**
 * Scrolls `scroller` so that the line holding the character at a plain-text offset is the first line of the
 * reading area. Returns false when the article has no text at that offset (nothing is scrolled).
 */
export function scrollPassageToTop(scroller: HTMLElement, body: HTMLElement, offset: number): boolean {
  const segment = segmentAt(body, offset);
  if (!segment) return false;
  const text = segment.firstChild;
  let rect = segment.getBoundingClientRect();
  if (text instanceof Text && text.length > 0) {
    const i = Math.min(text.length - 1, offset - Number(segment.getAttribute(SEGMENT_ATTR)));
    rect = charRect(document.createRange(), text, Math.max(0, i));
  }
  scroller.scrollTop += rect.top - scroller.getBoundingClientRect().top;
  return true;
}
