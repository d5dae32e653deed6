import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UndoHistory, type HistoryStep } from './undo-history';

const step = (
  label: string,
  at: number,
  entries: HistoryStep['entries'] = [],
  mergeKey?: string,
): HistoryStep => ({
  label,
  at,
  entries,
  ...(mergeKey !== undefined && { mergeKey }),
});

describe('UndoHistory', () => {
  it('undoes in reverse order, redoes in order, and forgets redo once something new is done', () => {
    const history = new UndoHistory();
    const [a, b, c] = [step('a', 0), step('b', 10_000), step('c', 20_000)];
    history.record(a);
    history.record(b);
    history.undone(history.nextUndo()!);
    expect(history.nextUndo()).toBe(a);
    expect(history.nextRedo()).toBe(b);
    history.redone(history.nextRedo()!);
    expect(history.nextUndo()).toBe(b);
    history.undone(b);
    history.record(c);
    expect(history.sizes()).toEqual({ undo: 2, redo: 0 });
  });

  it('keeps the last 100 steps', () => {
    const history = new UndoHistory();
    for (let i = 0; i < 150; i++) history.record(step(`s${i}`, i * 10_000));
    expect(history.sizes().undo).toBe(100);
    const labels: string[] = [];
    for (let s = history.nextUndo(); s !== undefined; s = history.nextUndo()) {
      labels.push(s.label);
      history.undone(s);
    }
    expect(labels.at(-1)).toBe('s50');
  });

  it('merges rapid edits of one note into one step from the first before to the last after', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { minLength: 2, maxLength: 8 }), (first, notes) => {
        const history = new UndoHistory();
        const start = { note: first };
        let previous = start;
        notes.forEach((note, i) => {
          const next = { ...previous, note };
          history.record(
            step(
              'Edit note',
              i * 500,
              [{ table: 'annotations', id: 'a1', before: previous, after: next }],
              'note:a1',
            ),
          );
          previous = next;
        });
        expect(history.sizes().undo).toBe(1);
        expect(history.nextUndo()!.entries).toEqual([
          { table: 'annotations', id: 'a1', before: start, after: previous },
        ]);
      }),
    );
  });

  it('keeps records of different tables apart when merging, even under the same id', () => {
    const history = new UndoHistory();
    history.record(step('x', 0, [{ table: 'annotations', id: '1', before: null, after: 'a' }], 'k'));
    history.record(step('y', 100, [{ table: 'imported', id: '1', before: null, after: 'b' }], 'k'));
    expect(history.nextUndo()!.entries.map((e) => e.table)).toEqual(['annotations', 'imported']);
  });

  it('does not merge edits further apart than the window, or of different notes', () => {
    const history = new UndoHistory();
    history.record(step('x', 0, [], 'note:1'));
    history.record(step('y', 5_000, [], 'note:1'));
    history.record(step('z', 5_100, [], 'note:2'));
    expect(history.sizes().undo).toBe(3);
  });

  it('refuses to move a step that is not the latest', () => {
    const history = new UndoHistory();
    const a = step('a', 0);
    history.record(a);
    history.record(step('b', 10_000));
    expect(() => history.undone(a)).toThrow(/latest/);
  });
});
