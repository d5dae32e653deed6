import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import {
  availableCommands,
  registerCommand,
  subscribeCommands,
  type CommandId,
  type CommandSpec,
} from './keymap';

/**
 * Offers a command while the calling component is on screen, running the latest `run` it was given; pass
 * undefined to withdraw it (say, "note" while nothing is selected).
 */
export function useCommand(id: CommandId, run: (() => void) | undefined): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  const offered = run !== undefined;
  useEffect(() => {
    if (!offered) return undefined;
    return registerCommand(id, () => latest.current?.());
  }, [id, offered]);
}

let cached: CommandSpec[] = [];
let stale = true;
subscribeCommands(() => (stale = true));

/** The commands on offer now, kept current as views come and go. */
export function useAvailableCommands(): CommandSpec[] {
  return useSyncExternalStore(subscribeCommands, () => {
    if (stale) {
      cached = availableCommands();
      stale = false;
    }
    return cached;
  });
}
