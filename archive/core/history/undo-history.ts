/**
 * One stored record a step touched, named by its table and id: as it was before (null: it did not exist) and
 * after (null: it was deleted).
 */
export interface HistoryEntry<T = unknown> {
  table: string;
  id: string;
  before: T | null;
  after: T | null;
}

/**
 * One undoable step: what the user did, in words for the Undo button, and every record it touched (highlights,
 * articles), so one history serves every kind of data and Undo takes back the user's last act whatever it was.
 */
export interface HistoryStep<E extends HistoryEntry = HistoryEntry> {
  label: string;
  entries: E[];
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
export class UndoHistory<E extends HistoryEntry = HistoryEntry> {
  private undoStack: HistoryStep<E>[] = [];
  private redoStack: HistoryStep<E>[] = [];

  constructor(
    private readonly limit = HISTORY_LIMIT,
    private readonly mergeWindowMs = MERGE_WINDOW_MS,
  ) {}

  /** Records a new step (dropping the oldest past the limit) and forgets what could be redone. */
  record(step: HistoryStep<E>): void {
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
  nextUndo(): HistoryStep<E> | undefined {
    return this.undoStack.at(-1);
  }

  /** The step Redo would apply again, if any. */
  nextRedo(): HistoryStep<E> | undefined {
    return this.redoStack.at(-1);
  }

  /** Moves the step just undone (which must be nextUndo()) onto the redo stack. */
  undone(step: HistoryStep<E>): void {
    if (this.undoStack.at(-1) !== step) throw new Error('Only the latest step can be undone');
    this.undoStack.pop();
    this.redoStack.push(step);
  }

  /** Moves the step just redone (which must be nextRedo()) back onto the undo stack. */
  redone(step: HistoryStep<E>): void {
    if (this.redoStack.at(-1) !== step) throw new Error('Only the latest undone step can be redone');
    this.redoStack.pop();
    this.undoStack.push(step);
  }

  /** How many steps can be undone and redone, for the buttons. */
  sizes(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }
}

// The merged step goes from the older step's "before" to the newer step's "after", per record.
function mergeSteps<E extends HistoryEntry>(older: HistoryStep<E>, newer: HistoryStep<E>): HistoryStep<E> {
  const key = (e: E): string => `${e.table}\u0000${e.id}`;
  const entries = new Map(older.entries.map((e) => [key(e), { ...e }]));
  for (const entry of newer.entries) {
    const known = entries.get(key(entry));
    if (known === undefined) entries.set(key(entry), { ...entry });
    else known.after = entry.after;
  }
  return { ...newer, entries: [...entries.values()] };
}
