import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldHistory, STEP_PAUSE_MS, type FieldState } from './field-history';

const at = (value: string): FieldState => ({ value, start: value.length, end: value.length });

/** Types `text` one character at a time into a history, `gap` ms apart; returns the field's final state. */
function type(
  history: FieldHistory,
  from: string,
  text: string,
  clock: { now: number },
  gap = 50,
): FieldState {
  let state = at(from);
  for (const ch of text) {
    const next = at(state.value + ch);
    clock.now += gap;
    history.record(state, next, clock.now);
    state = next;
  }
  return state;
}

function undoAll(history: FieldHistory, state: FieldState): string[] {
  const seen: string[] = [];
  for (let s = history.undo(state); s !== undefined; s = history.undo(s)) seen.push(s.value);
  return seen;
}

describe('FieldHistory', () => {
  it('undoes typing a word at a time, each word with the space typed after it', () => {
    const history = new FieldHistory();
    const end = type(history, '', 'data security audit', { now: 0 });
    expect(undoAll(history, end)).toEqual(['data security ', 'data ', '']);
  });

  it('starts a new step after a pause, and keeps a run of deletions as one step', () => {
    const history = new FieldHistory();
    const clock = { now: 0 };
    let state = type(history, '', 'drones', clock);
    clock.now += STEP_PAUSE_MS + 1;
    state = type(history, state.value, 'ing', clock);
    for (let i = 0; i < 4; i++) {
      const next = at(state.value.slice(0, -1));
      clock.now += 50;
      history.record(state, next, clock.now);
      state = next;
    }
    expect(state.value).toBe('drone');
    expect(undoAll(history, state)).toEqual(['dronesing', 'drones', '']);
  });

  it('redoes what was undone, and a new edit forgets the redo', () => {
    const history = new FieldHistory();
    const end = type(history, '', 'one two', { now: 0 });
    const back = history.undo(end)!;
    expect(back.value).toBe('one ');
    expect(history.redo(back)?.value).toBe('one two');
    history.undo(end);
    history.record(at('one '), at('one !'), 10_000);
    expect(history.redo(at('one !'))).toBeUndefined();
  });

  it('always undoes back to the very first value, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (start, typed) => {
        const history = new FieldHistory();
        const end = type(history, start, typed, { now: 0 });
        const seen = undoAll(history, end);
        expect(seen.at(-1) ?? end.value).toBe(start);
      }),
    );
  });
});
