import { useCallback } from 'react';
import { useCommand } from '../shell/use-command';
import { appHistory } from '../db/command-history';
import { useHistoryState } from '../db/hooks';
import { useToast } from '../model/toasts';
import { explainStorageError } from '../db/storage';

/**
 * Undo and Redo for highlights, notes, tags and the library's renames, deletes and imports, as buttons and as Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a
 * Mac). In a text field those keys keep their usual meaning, undoing typing.
 */
export function UndoButtons() {
  const { undoLabel, redoLabel } = useHistoryState();
  const toast = useToast();
  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      try {
        const outcome = await appHistory()[which]();
        if (outcome?.notice !== undefined) toast({ text: outcome.notice });
      } catch (error) {
        toast({ text: `Could not ${which}: ${explainStorageError(error)}`, tone: 'error' });
      }
    },
    [toast],
  );
  useCommand('undo', () => void run('undo'));
  useCommand('redo', () => void run('redo'));
  return (
    <div className="segmented" role="group" aria-label="History">
      <button
        type="button"
        disabled={undoLabel === undefined}
        title={undoLabel === undefined ? 'Nothing to undo' : `Undo: ${undoLabel} (Ctrl+Z)`}
        aria-label={undoLabel === undefined ? 'Undo' : `Undo: ${undoLabel}`}
        data-testid="undo"
        onClick={() => void run('undo')}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={redoLabel === undefined}
        title={redoLabel === undefined ? 'Nothing to redo' : `Redo: ${redoLabel} (Ctrl+Shift+Z)`}
        aria-label={redoLabel === undefined ? 'Redo' : `Redo: ${redoLabel}`}
        data-testid="redo"
        onClick={() => void run('redo')}
      >
        Redo
      </button>
    </div>
  );
}
