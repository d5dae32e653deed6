/** A rectangle in window coordinates. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where the selection toolbar goes, and whether it stands as a column or lies as a row. */
export interface ToolbarPlacement {
  top: number;
  left: number;
  vertical: boolean;
}

/** The toolbar's size lying as a row, and standing as a column (six swatches and the note button). */
export const TOOLBAR_ROW = { width: 260, height: 44 };
export const TOOLBAR_COLUMN = { width: 44, height: 260 };
const GAP = 8;

/**
 * Places the selection toolbar where it covers no text: standing in the margin left of the text column, level
 * with the selection, when the margin is wide enough; otherwise lying along the bottom of the reading area, or
 * along its top when the selection is down there. `area` is the visible reading area (below the top bar, above
 * the status bar), `column` the text column.
 */
export function placeToolbar(selection: Box, column: Box, area: Box): ToolbarPlacement {
  const margin = column.left - area.left;
  if (margin >= TOOLBAR_COLUMN.width + 2 * GAP) {
    const top = Math.min(
      Math.max(area.top + GAP, selection.top),
      area.top + area.height - TOOLBAR_COLUMN.height - GAP,
    );
    return { top, left: column.left - TOOLBAR_COLUMN.width - GAP, vertical: true };
  }
  const left = Math.min(
    Math.max(area.left + GAP, selection.left + selection.width / 2 - TOOLBAR_ROW.width / 2),
    area.left + area.width - TOOLBAR_ROW.width - GAP,
  );
  const bottomBar = area.top + area.height - TOOLBAR_ROW.height - GAP;
  // Docked at the bottom unless the selection reaches down there; then at the top, which it cannot reach too.
  const coversSelection = selection.top + selection.height > bottomBar - GAP;
  return { top: coversSelection ? area.top + GAP : bottomBar, left, vertical: false };
}
