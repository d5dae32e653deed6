import { describe, expect, it } from 'vitest';
import { CRASH_LIMIT, crashLoopMessage, createCrashGuard } from './crash-guard';

function guardAt(times: number[]) {
  let i = 0;
  return createCrashGuard({ ...CRASH_LIMIT, now: () => times[i++] ?? 0 });
}

describe('createCrashGuard', () => {
  it('reloads after the first three crashes in a minute and gives up on the fourth', () => {
    const guard = guardAt([0, 1000, 2000, 3000]);
    expect(['crashed', 'oom', 'crashed', 'crashed'].map((r) => guard.onGone(r))).toEqual([
      'reload',
      'reload',
      'reload',
      'give-up',
    ]);
  });

  it('forgets crashes older than the window, so a rare crash is always reloaded', () => {
    const guard = guardAt([0, 30_000, 61_000, 92_000, 123_000]);
    for (let i = 0; i < 5; i += 1) expect(guard.onGone('crashed')).toBe('reload');
  });

  it('ignores a clean exit, which is the window closing', () => {
    const guard = guardAt([]);
    for (let i = 0; i < 10; i += 1) expect(guard.onGone('clean-exit')).toBe('ignore');
  });

  it('starts counting afresh after the user chose to reload', () => {
    const guard = guardAt([0, 1, 2, 3, 4]);
    for (let i = 0; i < 3; i += 1) guard.onGone('crashed');
    expect(guard.onGone('crashed')).toBe('give-up');
    guard.reset();
    expect(guard.onGone('crashed')).toBe('reload');
  });
});

describe('crashLoopMessage', () => {
  it('says how often, why, that notes are safe, and what the user can do', () => {
    const message = crashLoopMessage('oom');
    expect(message).toContain('4 times within 60 seconds');
    expect(message).toContain('oom');
    expect(message).toMatch(/notes are saved/);
    expect(message).toMatch(/Reload .* or quit/);
  });
});
