/** What to do after the renderer process went away. */
export type CrashDecision = 'ignore' | 'reload' | 'give-up';

/** How many crashes within how long the guard reloads through before it stops and asks the user. */
export interface CrashGuardOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

/** Decides, crash by crash, whether reloading still makes sense; {@link CrashGuard.reset} after the user chose to retry. */
export interface CrashGuard {
  onGone(reason: string): CrashDecision;
  reset(): void;
}

/** The defaults: three crashes in a minute mean reloading is only feeding a loop. */
export const CRASH_LIMIT: CrashGuardOptions = { limit: 3, windowMs: 60_000 };

/**
 * A sliding-window counter of renderer crashes. A renderer that crashes on every load (a damaged profile, a bug
 * hit at start-up) would otherwise be reloaded forever, burning CPU behind a window that never works.
 */
export function createCrashGuard({
  limit,
  windowMs,
  now = Date.now,
}: CrashGuardOptions = CRASH_LIMIT): CrashGuard {
  let recent: number[] = [];
  return {
    onGone(reason) {
      // A clean exit is the window closing, not a fault.
      if (reason === 'clean-exit') return 'ignore';
      const at = now();
      recent = recent.filter((t) => at - t < windowMs);
      recent.push(at);
      return recent.length > limit ? 'give-up' : 'reload';
    },
    reset() {
      recent = [];
    },
  };
}

/** The message shown when the guard gives up, in plain words, with the reason Chromium gave. */
export function crashLoopMessage(reason: string, options: CrashGuardOptions = CRASH_LIMIT): string {
  return (
    `Airgap's window stopped unexpectedly ${options.limit + 1} times within ${Math.round(options.windowMs / 1000)} ` +
    `seconds (last reason: ${reason}), so it was not reloaded again. Your highlights and notes are saved as you ` +
    'type. Reload to try once more, or quit and start Airgap again.'
  );
}
