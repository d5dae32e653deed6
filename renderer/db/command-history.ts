import type { Annotation } from '../../archive/core/annotations/annotation';
import type { ImportedArticle } from '../../archive/core/import/imported-article';
import { UndoHistory, type HistoryStep } from '../../archive/core/history/undo-history';
import type { ZimRecord } from './database';

/** A stored record one step touched, named by its table: highlights and imported articles share one history. */
export type StoredEntry =
  | { table: 'annotations'; id: string; before: Annotation | null; after: Annotation | null }
  | { table: 'imported'; id: string; before: ImportedArticle | null; after: ImportedArticle | null }
  | { table: 'zims'; id: string; before: ZimRecord | null; after: ZimRecord | null };

/** The tables the history can move records in. */
export type HistoryTable = StoredEntry['table'];

/** One record to move from the state `from` to the state `to` (null: absent), when undoing or redoing. */
export type Move<T extends HistoryTable> = {
  id: string;
  from: Extract<StoredEntry, { table: T }>['before'];
  to: Extract<StoredEntry, { table: T }>['before'];
};

/**
 * Moves records of one table, in one transaction, keeping what another window changed since; returns a phrase
 * per record kept that way, for the sentence the user is shown.
 */
export type Applier<T extends HistoryTable> = (moves: Move<T>[]) => Promise<string[]>;

/** What a command tells the user beyond "done": fields another window had changed, or changes it kept. */
export interface CommandOutcome {
  /** A plain sentence when another window's edits met this one; undefined when nothing clashed. */
  notice: string | undefined;
}

/** The undo and redo state a window shows on its buttons. */
export interface HistoryState {
  undoLabel: string | undefined;
  redoLabel: string | undefined;
}

/**
 * One window's undo history over every kind of data: the command layers (annotations, library) record their
 * steps here, and Undo hands each entry back to the layer that owns its table. A step moves between the stacks
 * only once undoing or redoing it has been stored.
 */
export class CommandHistory {
  private readonly history = new UndoHistory<StoredEntry>();
  private readonly listeners = new Set<() => void>();
  private readonly appliers: { [T in HistoryTable]?: Applier<T> } = {};
  private state: HistoryState = { undoLabel: undefined, redoLabel: undefined };

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Lets the command layer that owns `table` apply undo and redo to its records. */
  register<T extends HistoryTable>(table: T, applier: Applier<T>): void {
    (this.appliers as Record<T, Applier<T>>)[table] = applier;
  }

  /** Records a step a command has stored; steps with the same merge key in quick succession become one. */
  record(label: string, entries: StoredEntry[], mergeKey?: string): void {
    if (entries.length === 0) return;
    const step: HistoryStep<StoredEntry> = { label, entries, at: this.now(), ...(mergeKey && { mergeKey }) };
    this.history.record(step);
    this.changed();
  }

  /** Takes back the latest step; undefined when there is none. */
  async undo(): Promise<CommandOutcome | undefined> {
    const step = this.history.nextUndo();
    if (step === undefined) return undefined;
    const kept = await this.apply(step, 'undo');
    this.history.undone(step);
    this.changed();
    return { notice: kept };
  }

  /** Does again the latest undone step; undefined when there is none. */
  async redo(): Promise<CommandOutcome | undefined> {
    const step = this.history.nextRedo();
    if (step === undefined) return undefined;
    const kept = await this.apply(step, 'redo');
    this.history.redone(step);
    this.changed();
    return { notice: kept };
  }

  /** The labels of the steps Undo and Redo would take (a new object whenever they change). */
  historyState(): HistoryState {
    return this.state;
  }

  /** Calls `listener` whenever the undo or redo state changes; returns a function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // Hands each table's entries to its owner, in the order the tables first appear in the step.
  private async apply(step: HistoryStep<StoredEntry>, way: 'undo' | 'redo'): Promise<string | undefined> {
    const byTable = new Map<HistoryTable, Move<HistoryTable>[]>();
    for (const entry of step.entries) {
      const move =
        way === 'undo'
          ? { id: entry.id, from: entry.after, to: entry.before }
          : { id: entry.id, from: entry.before, to: entry.after };
      byTable.set(entry.table, [...(byTable.get(entry.table) ?? []), move]);
    }
    const kept: string[] = [];
    for (const [table, moves] of byTable) {
      const applier = this.appliers[table] as Applier<HistoryTable> | undefined;
      if (applier === undefined) throw new Error(`nothing in this window can undo changes to ${table}`);
      kept.push(...(await applier(moves)));
    }
    return kept.length > 0 ? `Kept changes made elsewhere: ${kept.join('; ')}.` : undefined;
  }

  private changed(): void {
    this.state = { undoLabel: this.history.nextUndo()?.label, redoLabel: this.history.nextRedo()?.label };
    for (const listener of [...this.listeners]) listener();
  }
}

let shared: CommandHistory | undefined;

/** The running window's one history, which every command layer records into; made on first use. */
export function appHistory(): CommandHistory {
  shared ??= new CommandHistory();
  return shared;
}
