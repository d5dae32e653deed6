import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { FieldHistory, type FieldState } from './field-history';

type TextField = HTMLInputElement | HTMLTextAreaElement;

function stateOf(field: TextField | null, value: string): FieldState {
  return {
    value,
    start: field?.selectionStart ?? value.length,
    end: field?.selectionEnd ?? value.length,
  };
}

/**
 * Undo and redo by word runs in one text field (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y; ⌘ on a Mac), as editors do: the
 * browser's own undo in a React field went back one character at a time. The keys never reach the app's undo of
 * notes, which is for the notes themselves. Returns the field's keydown handler, true when it used the key.
 */
export function useFieldUndo(
  ref: RefObject<TextField | null>,
  value: string,
  onChange: (value: string) => void,
): (event: KeyboardEvent<TextField>) => boolean {
  const history = useRef(new FieldHistory());
  const previous = useRef<FieldState>({ value, start: value.length, end: value.length });
  // The state an undo or redo is putting back: its change is not a new step, and its selection is restored.
  const applying = useRef<FieldState | null>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    const restoring = applying.current;
    if (restoring !== null && restoring.value === value) {
      applying.current = null;
      field?.setSelectionRange(restoring.start, restoring.end);
    } else if (value !== previous.current.value) {
      history.current.record(previous.current, stateOf(field, value), Date.now());
    }
    previous.current = stateOf(field, value);
  }, [ref, value]);

  return useCallback(
    (event: KeyboardEvent<TextField>): boolean => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const isUndo = mod && !event.shiftKey && !event.altKey && key === 'z';
      const isRedo =
        mod && !event.altKey && ((event.shiftKey && key === 'z') || (!event.shiftKey && key === 'y'));
      if (!isUndo && !isRedo) return false;
      event.preventDefault();
      const current = stateOf(ref.current, value);
      const next = isUndo ? history.current.undo(current) : history.current.redo(current);
      if (next !== undefined) {
        applying.current = next;
        onChange(next.value);
      }
      return true;
    },
    [ref, value, onChange],
  );
}
