import { useCallback, useState } from 'react';
import { describePassage } from '../../archive/core/annotations/anchoring';
import type { TextRange } from '../../archive/core/articles/text-range';
import { useToast } from './toasts';
import { appCommands } from '../db/commands';
import { appHistory } from '../db/command-history';
import { explainStorageError } from '../db/storage';

/**
 * Moving an orphaned highlight to a new passage: `startReattach` arms it (the next selection's toolbar offers
 * "Attach note here"), `attach` stores the new place as one undoable step.
 */
export function useReattach(options: {
  text: string;
  textHash: string;
  clearSelection: () => void;
  onAttached: (id: string) => void;
}): {
  reattachId: string | null;
  startReattach: (id: string) => void;
  attach: (id: string, range: TextRange) => Promise<void>;
} {
  const { text, textHash, clearSelection, onAttached } = options;
  const toast = useToast();
  const [reattachId, setReattachId] = useState<string | null>(null);
  const startReattach = useCallback(
    (id: string) => {
      setReattachId(id);
      toast({ text: 'Select the passage this note belongs to, then choose “Attach note here”.' });
    },
    [toast],
  );
  const attach = useCallback(
    async (id: string, range: TextRange) => {
      try {
        await appCommands().reattach(id, describePassage(text, range.start, range.end), textHash);
        clearSelection();
        setReattachId(null);
        onAttached(id);
        toast({
          text: 'Note attached to the new passage.',
          action: { label: 'Undo', run: () => void appHistory().undo() },
        });
      } catch (error) {
        toast({ text: `Could not attach the note: ${explainStorageError(error)}`, tone: 'error' });
      }
    },
    [text, textHash, clearSelection, onAttached, toast],
  );
  return { reattachId, startReattach, attach };
}
