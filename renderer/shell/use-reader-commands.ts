import { HIGHLIGHT_COLORS, type HighlightColor } from '../../archive/core/annotations/annotation';
import type { TextRange } from '../../archive/core/articles/text-range';
import type { PlacedAnnotation } from '../../archive/core/annotations/anchoring';
import { useCommand } from './use-command';

/** What the reader's commands act on. */
export interface ReaderCommandTargets {
  /** The selection, or else the current find match: what 1-6 and n highlight. */
  target: TextRange | undefined;
  highlight: (range: TextRange, color: HighlightColor, withNote: boolean) => Promise<void>;
  openFind: () => void;
  /** Closes find if open, else goes back. */
  back: () => void;
  placed: readonly PlacedAnnotation[];
  activeId: string | null;
  activate: (id: string) => void;
  editNote: (id: string) => void;
}

/** The id of the highlight `delta` steps from the active one in reading order (the first when none is active). */
function stepHighlight(
  placed: readonly PlacedAnnotation[],
  activeId: string | null,
  delta: 1 | -1,
): string | undefined {
  // Orphans have no place in the text, so j and k pass them by.
  const order = placed.filter((p) => p.range !== null).map((p) => p.annotation.id);
  if (order.length === 0) return undefined;
  const at = activeId === null ? -1 : order.indexOf(activeId);
  if (at < 0) return delta === 1 ? order[0] : order.at(-1);
  return order[Math.max(0, Math.min(order.length - 1, at + delta))];
}

/**
 * The reader's keyboard commands: find, back, a highlight in each colour (1-6, Alt+1-6 from the find box) of the
 * selection or the current find match, n for a note, and j/k through the highlights in reading order.
 */
export function useReaderCommands(t: ReaderCommandTargets): void {
  useCommand('find', t.openFind);
  useCommand('back', t.back);
  const target = t.target;
  const colour = (color: HighlightColor) =>
    target ? () => void t.highlight(target, color, false) : undefined;
  // One call per colour, in a fixed order, so the hooks stay the same from render to render.
  useCommand(`highlight-${HIGHLIGHT_COLORS[0]}`, colour(HIGHLIGHT_COLORS[0]));
  useCommand(`highlight-${HIGHLIGHT_COLORS[1]}`, colour(HIGHLIGHT_COLORS[1]));
  useCommand(`highlight-${HIGHLIGHT_COLORS[2]}`, colour(HIGHLIGHT_COLORS[2]));
  useCommand(`highlight-${HIGHLIGHT_COLORS[3]}`, colour(HIGHLIGHT_COLORS[3]));
  useCommand(`highlight-${HIGHLIGHT_COLORS[4]}`, colour(HIGHLIGHT_COLORS[4]));
  useCommand(`highlight-${HIGHLIGHT_COLORS[5]}`, colour(HIGHLIGHT_COLORS[5]));
  const active = t.activeId;
  useCommand(
    'note',
    target
      ? () => void t.highlight(target, 'yellow', true)
      : active !== null
        ? () => t.editNote(active)
        : undefined,
  );
  const step = (delta: 1 | -1) => {
    const id = stepHighlight(t.placed, t.activeId, delta);
    if (id !== undefined) t.activate(id);
  };
  const any = t.placed.some((p) => p.range !== null);
  useCommand('next-item', any ? () => step(1) : undefined);
  useCommand('previous-item', any ? () => step(-1) : undefined);
}
