import type { Annotation } from './annotation';

/** One highlight a step touched: as it was before (null: it did not exist) and after (null: it was deleted). */
export interface HistoryEntry {
  id: string;
  before: Annotation | null;
  after: Annotation | null;
}

/** One undoable step: what the user did, in words for the Undo button, and every highlight it touched. */
export interface HistoryStep {
  label: string;
  entries: HistoryEntry[];
  /** Steps with the same key in quick succession (edits of one note) become one step. */
  mergeKey?: string;
  /** When the step was recorded (ms), for merging. */
  at: number;
}

/** How many steps Undo can go back. */
const HISTORY_LIMIT = 100;
/** Edits of one note closer together than this are undone as one. */
const MERGE_WINDOW_MS = 2_000;

/**
 * The undo and redo stacks of one window, as plain data: the command layer records a step after each change is
 * stored, and moves a step between the stacks only once undoing or redoing it has been stored.
 */
export class UndoHistory {
  private undoStack: HistoryStep[] = [];
  private redoStack: HistoryStep[] = [];

  constructor(
    private readonly limit = HISTORY_LIMIT,
    private readonly mergeWindowMs = MERGE_WINDOW_MS,
  ) {}

  /** Records a new step (dropping the oldest past the limit) and forgets what could be redone. */
  record(step: HistoryStep): void {
    this.redoStack = [];
    const top = this.undoStack.at(-1);
    if (
      top !== undefined &&
      step.mergeKey !== undefined &&
      top.mergeKey === step.mergeKey &&
      step.at - top.at <= this.mergeWindowMs
    ) {
      this.undoStack[this.undoStack.length - 1] = mergeSteps(top, step);
      return;
    }
    this.undoStack.push(step);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
  }

  /** The step Undo would take back, if any. */
  nextUndo(): HistoryStep | undefined {
    return this.undoStack.at(-1);
  }

  /** The step Redo would apply again, if any. */
  nextRedo(): HistoryStep | undefined {
    return this.redoStack.at(-1);
  }

  /** Moves the step just undone (which must be nextUndo()) onto the redo stack. */
  undone(step: HistoryStep): void {
    if (this.undoStack.at(-1) !== step) throw new Error('Only the latest step can be undone');
    this.undoStack.pop();
    this.redoStack.push(step);
  }

  /** Moves the step just redone (which must be nextRedo()) back onto the undo stack. */
  redone(step: HistoryStep): void {
    if (this.redoStack.at(-1) !== step) throw new Error('Only the latest undone step can be redone');
    this.redoStack.pop();
    this.undoStack.push(step);
  }

  /** How many steps can be undone and redone, for the buttons. */
  sizes(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }
}

// The merged step goes from the older step's "before" to the newer step's "after", per highlight.
function mergeSteps(older: HistoryStep, newer: HistoryStep): HistoryStep {
  const entries = new Map(older.entries.map((e) => [e.id, { ...e }]));
  for (const entry of newer.entries) {
    const known = entries.get(entry.id);
    if (known === undefined) entries.set(entry.id, { ...entry });
    else known.after = entry.after;
  }
  return { ...newer, entries: [...entries.values()] };
}
