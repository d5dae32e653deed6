import type { Annotation, PassageSelectors } from '../../archive/core/annotations/annotation';
import {
  mergeEdit,
  revertFields,
  sameContent,
  type AnnotationChanges,
  type EditableField,
} from '../../archive/core/annotations/annotation-merge';
import {
  readAnnotationRecord,
  readAnnotationRecords,
} from '../../archive/core/annotations/annotation-record';
import { planRestore } from '../../archive/core/annotations/web-annotation';
import { inEdition } from '../../archive/core/libraries/zim-editions';
import { checkChanges, newAnnotation, AnnotationInputError, type NewAnnotation } from './annotation-input';
import {
  appHistory,
  CommandHistory,
  type CommandOutcome,
  type Move,
  type StoredEntry,
} from './command-history';
import { appDatabase, type AirgapDatabase } from './database';
import { discardDraft, keepDraft, type NoteDraft } from './drafts';

type HistoryEntry = Extract<StoredEntry, { table: 'annotations' }>;

const FIELD_NAMES: Record<EditableField, string> = { color: 'colour', note: 'note', tags: 'tags' };
const listFields = (fields: readonly EditableField[]): string =>
  fields.map((f) => FIELD_NAMES[f]).join(' and ');

/**
 * The only writer of annotations: every change is a command, stored in one transaction that reads the stored
 * highlight, merges field by field with whatever another window wrote meanwhile, and records the step in the
 * window's history, which hands undo and redo of highlights back to this class.
 */
export class AnnotationCommands {
  constructor(
    private readonly db: AirgapDatabase,
    private readonly now: () => Date = () => new Date(),
    /** The window's history, shared with the other command layers. */
    readonly history: CommandHistory = new CommandHistory(() => now().getTime()),
  ) {
    history.register('annotations', (moves) => this.apply(moves));
  }

  /** Stores a new highlight and returns it as saved. */
  async create(input: NewAnnotation): Promise<Annotation> {
    const annotation = newAnnotation(input, this.now());
    await this.db.transaction('rw', this.db.annotations, () => this.db.annotations.add(annotation));
    this.record('Highlight', [{ table: 'annotations', id: annotation.id, before: null, after: annotation }]);
    return annotation;
  }

  /**
   * Applies a user's edit made on `base` (the highlight as the window showed it). Only changed fields are
   * written; a field another window changed meanwhile is overwritten by this later edit, and the outcome says
   * so. Throws AnnotationInputError when the highlight was deleted meanwhile (the caller keeps the typed text).
   */
  async edit(base: Annotation, changes: AnnotationChanges): Promise<CommandOutcome> {
    checkChanges(changes);
    const at = this.now().toISOString();
    const result = await this.db.transaction('rw', this.db.annotations, async () => {
      const current = await this.read(base.id);
      if (current === undefined)
        throw new AnnotationInputError('this highlight was deleted in another window');
      const merged = mergeEdit(current, base, changes, at);
      if (merged.changed.length > 0) await this.db.annotations.put(merged.next);
      return { current, ...merged };
    });
    if (result.changed.length === 0) return { notice: undefined };
    const onlyNote = result.changed.length === 1 && result.changed[0] === 'note';
    this.record(
      onlyNote ? 'Edit note' : 'Edit highlight',
      [{ table: 'annotations', id: base.id, before: result.current, after: result.next }],
      onlyNote ? `note:${base.id}` : undefined,
    );
    return {
      notice:
        result.overwritten.length > 0
          ? `The ${listFields(result.overwritten)} had also been changed in another window; yours was kept. Undo brings theirs back.`
          : undefined,
    };
  }

  /** Deletes a highlight; deleting one already gone is not an error and records nothing. */
  async remove(id: string): Promise<void> {
    const before = await this.db.transaction('rw', this.db.annotations, async () => {
      const current = await this.read(id);
      if (current !== undefined) await this.db.annotations.delete(id);
      return current;
    });
    if (before !== undefined)
      this.record('Delete highlight', [{ table: 'annotations', id, before, after: null }]);
  }

  /**
   * Puts back a highlight that was deleted (in this window or another), as given: how a note typed while another
   * window deleted its highlight is kept. Overwrites nothing: a highlight already there is left as it is.
   */
  async restore(annotation: Annotation): Promise<boolean> {
    const restored = await this.db.transaction('rw', this.db.annotations, async () => {
      if ((await this.db.annotations.get(annotation.id)) !== undefined) return false;
      await this.db.annotations.add({ ...annotation, tags: [...annotation.tags] });
      return true;
    });
    if (restored)
      this.record('Restore highlight', [
        { table: 'annotations', id: annotation.id, before: null, after: annotation },
      ]);
    return restored;
  }

  /**
   * Merges annotations read from a backup into the store as one undoable step (see planRestore: adds what is
   * missing, replaces only with newer versions, never deletes). Returns how many were added, updated and skipped.
   */
  async restoreBackup(
    incoming: readonly Annotation[],
  ): Promise<{ added: number; updated: number; skipped: number }> {
    const plan = await this.db.transaction('rw', this.db.annotations, async () => {
      const rows: unknown[] = await this.db.annotations.toArray();
      const planned = planRestore(readAnnotationRecords(rows).annotations, incoming);
      await this.db.annotations.bulkAdd(planned.add.map((a) => ({ ...a, tags: [...a.tags] })));
      await this.db.annotations.bulkPut(
        planned.update.map(({ after }) => ({ ...after, tags: [...after.tags] })),
      );
      return planned;
    });
    const entries: HistoryEntry[] = [
      ...plan.add.map((a) => ({ table: 'annotations' as const, id: a.id, before: null, after: a })),
      ...plan.update.map(({ before, after }) => ({
        table: 'annotations' as const,
        id: after.id,
        before,
        after,
      })),
    ];
    if (entries.length > 0) this.record('Restore from backup', entries);
    return { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length };
  }

  /** Moves a highlight to a new passage of its article (an orphan re-attached to a selection). */
  async reattach(id: string, selectors: PassageSelectors, textHash: string): Promise<void> {
    const at = this.now().toISOString();
    const step = await this.db.transaction('rw', this.db.annotations, async () => {
      const current = await this.read(id);
      if (current === undefined)
        throw new AnnotationInputError('this highlight was deleted in another window');
      const next: Annotation = {
        ...current,
        quote: { ...selectors.quote },
        position: { ...selectors.position },
        textHash,
        updatedAt: at,
      };
      await this.db.annotations.put(next);
      return { table: 'annotations' as const, id, before: current, after: next };
    });
    this.record('Re-attach highlight', [step]);
  }

  /**
   * Moves every highlight on pages of one Kiwix library to the same pages of another edition of it (same
   * paths, new UUID), as one step of Undo; they anchor there by their quotes when opened. Returns the moved ones.
   */
  async moveToEdition(fromUuid: string, toUuid: string): Promise<Annotation[]> {
    const at = this.now().toISOString();
    const steps = await this.db.transaction('rw', this.db.annotations, async () => {
      const rows: unknown[] = await this.db.annotations
        .where('articleId')
        .startsWith(`zim:${fromUuid}/`)
        .toArray();
      const moved: HistoryEntry[] = [];
      for (const before of readAnnotationRecords(rows).annotations) {
        const articleId = inEdition(before.articleId, toUuid);
        if (articleId === undefined) continue;
        const after: Annotation = { ...before, tags: [...before.tags], articleId, updatedAt: at };
        await this.db.annotations.put(after);
        moved.push({ table: 'annotations', id: before.id, before, after });
      }
      return moved;
    });
    if (steps.length > 0)
      this.record(
        steps.length === 1
          ? 'Move highlight to new edition'
          : `Move ${steps.length} highlights to new edition`,
        steps,
      );
    return steps.map((step) => step.after!);
  }

  // Moves each highlight from `from` back or forward to `to` in one transaction, keeping what another window
  // changed since; returns a phrase per highlight kept that way.
  private async apply(moves: Move<'annotations'>[]): Promise<string[]> {
    const at = this.now().toISOString();
    return this.db.transaction('rw', this.db.annotations, async () => {
      const notes: string[] = [];
      for (const { id, from, to } of moves) {
        const current = await this.read(id);
        if (to === null) {
          // Taking back a creation (or redoing a deletion): only if no one edited it since.
          if (current === undefined) continue;
          if (from !== null && !sameContent(current, from)) {
            notes.push('a highlight edited in another window was kept');
            continue;
          }
          await this.db.annotations.delete(id);
        } else if (current === undefined || from === null) {
          await this.db.annotations.put({ ...to, tags: [...to.tags] });
        } else {
          // Fields still as `from` left them move to `to`; a field changed since (elsewhere) stays.
          const reverted = revertFields(current, to, from, at);
          if (reverted.kept.length > 0) notes.push(`its ${listFields(reverted.kept)} from another window`);
          await this.db.annotations.put(reverted.next);
        }
      }
      return notes;
    });
  }

  private async read(id: string): Promise<Annotation | undefined> {
    const raw: unknown = await this.db.annotations.get(id);
    if (raw === undefined) return undefined;
    const check = readAnnotationRecord(raw);
    if (!check.ok)
      throw new AnnotationInputError(`this highlight's stored record is damaged: ${check.setAside.reason}`);
    return check.annotation;
  }

  /**
   * Keeps the note being typed for a highlight, on every keystroke, so a reload or crash loses none of it;
   * resolves once it is in IndexedDB. Drafts are not undo steps: the field's own undo covers typing.
   */
  keepDraft(draft: NoteDraft): Promise<void> {
    return keepDraft(this.db, draft);
  }

  /** Forgets a highlight's draft: after its note was saved, or when the user discards it. */
  discardDraft(annotationId: string): Promise<void> {
    return discardDraft(this.db, annotationId);
  }

  private record(label: string, entries: HistoryEntry[], mergeKey?: string): void {
    this.history.record(label, entries, mergeKey);
  }
}

let shared: AnnotationCommands | undefined;

/** The running window's annotation commands over its database and history, made on first use. */
export function appCommands(): AnnotationCommands {
  shared ??= new AnnotationCommands(appDatabase(), undefined, appHistory());
  return shared;
}
