import { HIGHLIGHT_COLORS, type HighlightColor } from '../../archive/core/annotations/annotation';

interface Props {
  rect: { top: number; left: number; vertical: boolean };
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  /** Set while an orphaned highlight waits for its new passage: the toolbar then offers to attach it here. */
  onAttach?: () => void;
}

/** Floating buttons over a text selection: one per highlight colour, plus highlight-and-add-a-note. */
export function SelectionToolbar({ rect, onHighlight, onAttach }: Props) {
  return (
    <div
      className={`floating-bar selection-toolbar${rect.vertical ? ' selection-toolbar-vertical' : ''}`}
      role="toolbar"
      aria-orientation={rect.vertical ? 'vertical' : 'horizontal'}
      aria-label="Highlight selection"
      data-testid="selection-toolbar"
      style={{ top: rect.top, left: rect.left }}
      // Keeps the text selection alive while a button is pressed.
      onMouseDown={(e) => e.preventDefault()}
    >
      {onAttach && (
        <button type="button" className="toolbar-note" data-testid="attach-here" onClick={onAttach}>
          Attach note here
        </button>
      )}
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={`Highlight ${color}`}
          title={`Highlight ${color}`}
          data-testid={`highlight-${color}`}
          onClick={() => onHighlight(color, false)}
        />
      ))}
      <button
        type="button"
        className="toolbar-note"
        data-testid="highlight-with-note"
        onClick={() => onHighlight('yellow', true)}
      >
        + Note
      </button>
    </div>
  );
}
