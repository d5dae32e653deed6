import { useEffect, useRef } from 'react';

interface Props {
  /** Changes each time the user asks for find again (Ctrl+F while open), to bring focus back to the box. */
  focusSignal: number;
  needle: string;
  onNeedle: (needle: string) => void;
  count: number;
  current: number;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
  /** Highlights the current hit, so a keyboard user can highlight without selecting with a mouse. */
  onHighlight: () => void;
}

/** Find in the article (Ctrl+F): every hit is marked; Enter and Shift+Enter step through them. */
export function FindBar({
  focusSignal,
  needle,
  onNeedle,
  count,
  current,
  onStep,
  onClose,
  onHighlight,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSignal]);
  return (
    <div className="floating-bar findbar" role="search" aria-label="Find in article" data-testid="find-bar">
      <input
        autoComplete="off"
        ref={input}
        value={needle}
        placeholder="Find in article"
        aria-label="Find in article"
        data-testid="find-input"
        spellCheck={false}
        onChange={(e) => onNeedle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {needle.trim() === '' ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        disabled={count === 0}
        onClick={() => onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        disabled={count === 0}
        onClick={() => onStep(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button"
        disabled={count === 0}
        title="Highlight this match (Alt+H)"
        data-testid="find-highlight"
        onClick={onHighlight}
      >
        Highlight
      </button>
      <button type="button" className="icon-button" aria-label="Close find" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
