import { useRef } from 'react';
import { fromWebAnnotations, toWebAnnotations } from '../../archive/core/annotations/web-annotation';
import { annotationsByArticle } from '../db/annotations';
import { appCommands } from '../db/commands';
import { appHistory } from '../db/command-history';
import { appDatabase } from '../db/database';
import { explainStorageError } from '../db/storage';
import { downloadText } from '../model/save-text';
import { DropdownMenu, MenuItem } from './DropdownMenu';
import { useToast } from '../model/toasts';

/** Backups larger than this are refused before they are read: no notes collection comes near it. */
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/**
 * Backs up every note as a W3C Web Annotation file, and restores one: merged into what is stored (nothing
 * stored is lost), as one step Undo takes back, with a summary of what was added, updated, skipped and refused.
 */
export function BackupMenu() {
  const file = useRef<HTMLInputElement>(null);
  const toast = useToast();

  const backUp = async (): Promise<void> => {
    try {
      const all = [...(await annotationsByArticle(appDatabase())).values()].flat();
      const name = `airgap-notes-backup-${new Date().toISOString().slice(0, 10)}.jsonld`;
      downloadText(name, `${JSON.stringify(toWebAnnotations(all, new Date()), null, 2)}\n`);
      toast({ text: `Saved ${name} (${all.length} ${all.length === 1 ? 'note' : 'notes'})` });
    } catch (error) {
      toast({ text: `The backup could not be made: ${explainStorageError(error)}`, tone: 'error' });
    }
  };

  const restore = async (chosen: File): Promise<void> => {
    if (chosen.size > MAX_BACKUP_BYTES) {
      toast({
        text: `${chosen.name} is too large to be a notes backup; nothing was changed.`,
        tone: 'error',
      });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await chosen.text());
    } catch {
      toast({
        text: `${chosen.name} is not a notes backup (it is not JSON); nothing was changed.`,
        tone: 'error',
      });
      return;
    }
    const read = fromWebAnnotations(json);
    if (!read.ok) {
      toast({ text: `${read.message} Nothing was changed.`, tone: 'error' });
      return;
    }
    try {
      const { added, updated, skipped } = await appCommands().restoreBackup(read.annotations);
      const refused = read.refused.length;
      toast({
        text: `Restored from ${chosen.name}: ${added} added, ${updated} updated, ${skipped} already here${refused > 0 ? `, ${refused} refused (damaged)` : ''}.`,
        ...(added + updated > 0 && { action: { label: 'Undo', run: () => void appHistory().undo() } }),
      });
    } catch (error) {
      toast({ text: `The backup could not be restored: ${explainStorageError(error)}`, tone: 'error' });
    }
  };

  return (
    <DropdownMenu
      label="Backup"
      testId="backup-menu"
      items={(close) => (
        <>
          <MenuItem close={close} onSelect={() => void backUp()} testId="backup-download" autoFocus>
            Back up all notes (.jsonld)
          </MenuItem>
          <MenuItem close={close} onSelect={() => file.current?.click()} testId="backup-restore">
            Restore from a backup…
          </MenuItem>
        </>
      )}
    >
      <input
        ref={file}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        hidden
        data-testid="backup-file"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) void restore(chosen);
        }}
      />
    </DropdownMenu>
  );
}
