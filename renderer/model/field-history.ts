/** A text field's value and selection: what one undo step brings back. */
export interface FieldState {
  value: string;
  start: number;
  end: number;
}

/** How long typing may pause before the next keystroke starts a new undo step. */
export const STEP_PAUSE_MS = 1000;
/** Undo steps kept per field. */
const MAX_STEPS = 200;

type EditKind = 'word' | 'space' | 'delete' | 'other';

const WORD = /^[\p{L}\p{M}\p{N}'’_-]+$/u;

// What one change did: typed word characters, typed spaces or punctuation, deleted, or anything else (a paste,
// a replacement of a selection).
function kindOf(before: string, after: string): { kind: EditKind; text: string } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const removed = before.slice(head, before.length - tail);
  const inserted = after.slice(head, after.length - tail);
  if (inserted === '' && removed !== '') return { kind: 'delete', text: removed };
  if (removed !== '' || inserted.length > 1) return { kind: 'other', text: inserted };
  return { kind: WORD.test(inserted) ? 'word' : 'space', text: inserted };
}

/**
 * The undo history of one text field, by word runs as editors keep it: typing a word and the space after it is
 * one step, a run of deletions one step, a paste one step, and a pause of a second
 * starts a new step. Plain data in and out; the hook that binds it to a field lives in use-field-undo.
 */
export class FieldHistory {
  private readonly undoStack: FieldState[] = [];
  private readonly redoStack: FieldState[] = [];
  private last: { kind: EditKind; at: number } | undefined;

  /** Records a change the user made, from `before` to `after`, at time `now` (ms). */
  record(before: FieldState, after: FieldState, now: number): void {
    if (before.value === after.value) return;
    const { kind } = kindOf(before.value, after.value);
    const previous = this.last;
    // A word continues its run, and so does the space typed after it; the next word starts a new step, so undo
    // takes back the last word typed (with its trailing space), as editors do.
    const continues =
      previous !== undefined &&
      now - previous.at < STEP_PAUSE_MS &&
      ((kind === 'word' && previous.kind === 'word') ||
        (kind === 'space' && (previous.kind === 'word' || previous.kind === 'space')) ||
        (kind === 'delete' && previous.kind === 'delete'));
    if (!continues) {
      this.undoStack.push(before);
      if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    }
    this.redoStack.length = 0;
    this.last = { kind, at: now };
  }

  /** The state to go back to from `current`, or undefined when there is nothing to undo. */
  undo(current: FieldState): FieldState | undefined {
    const previous = this.undoStack.pop();
    if (previous === undefined) return undefined;
    this.redoStack.push(current);
    this.last = undefined;
    return previous;
  }

  /** The state an undo left, to go forward to again, or undefined when there is nothing to redo. */
  redo(current: FieldState): FieldState | undefined {
    const next = this.redoStack.pop();
    if (next === undefined) return undefined;
    this.undoStack.push(current);
    this.last = undefined;
    return next;
  }
}
