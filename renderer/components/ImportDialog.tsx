import { useEffect, useRef, useState } from 'react';
import { appLibrary } from '../db/library-commands';
import { explainStorageError } from '../db/storage';
import { useToast } from '../model/toasts';
import { addZimFiles, isZimPath, type ZimAddOutcome } from '../model/zim-sessions';
import { ZimAddSummary } from './ZimAddSummary';
import { ALL_IMPORT_EXTENSIONS } from '../../archive/core/import/extensions';
import { formatRoute } from '../shell/route';
import { formatCount } from '../model/format-count';
import { Modal } from './Modal';
import { sourcesFromChosen, sourcesFromFileList } from '../import/collect-files';
import { desktopApi } from '../model/save-text';
import { countItems, startImport, type ImportRun, type ImportState } from '../import/import-client';
import type { ImportItem, ImportSource } from '../import/protocol';

interface Props {
  /** Files dropped on the window: imported at once, without the choosing step. */
  dropped?: ImportSource[];
  onClose(): void;
}

const ACCEPT = [...ALL_IMPORT_EXTENSIONS, '.zim'].join(',');
// Lists in the summary stay short; the counts above them give the whole.
const SHOWN_ITEMS = 200;

/**
 * The import dialog: choose files or a folder (or drop them on the window), watch progress with a way to
 * cancel, then read a summary of what was imported, updated, skipped and refused, each refusal with its reason.
 */
export function ImportDialog({ dropped, onClose }: Props) {
  const [state, setState] = useState<ImportState | null>(null);
  const toast = useToast();
  const [zims, setZims] = useState<ZimAddOutcome | null>(null);
  const run = useRef<ImportRun | null>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const running = state?.status === 'running' || zims?.running === true;
  // In the desktop app the system's own open dialog is used, through one typed IPC call.
  const desktop = desktopApi();
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const chooseNative = async (kind: 'files' | 'folder'): Promise<void> => {
    try {
      begin(sourcesFromChosen((await desktop?.chooseImportFiles(kind)) ?? []));
    } catch (error) {
      setChoiceError(
        `The files could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const begin = (all: ImportSource[]): void => {
    if (all.length === 0 || run.current || zims?.running) return;
    // ZIM files are libraries read in place, not articles to copy in: they are added, not imported.
    const zimFiles = all.filter((s) => s.refused === undefined && isZimPath(s.path));
    if (zimFiles.length > 0) void addZimFiles(zimFiles, setZims);
    const sources = all.filter((s) => !zimFiles.includes(s));
    if (sources.length === 0) return;
    run.current = startImport(sources, setState);
    // Whatever its outcome, what was stored becomes one step of Undo, and the library and search follow it.
    void run.current.finished
      .then((final) => appLibrary().recordImport(final.items))
      .catch((error: unknown) =>
        toast({ text: `The import cannot be undone: ${explainStorageError(error)}`, tone: 'error' }),
      )
      .finally(() => (run.current = null));
  };

  useEffect(() => {
    if (dropped) begin(dropped);
    // Only the files dropped when the dialog opened are imported by it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    // Chromium's folder picker is switched on by this attribute, which React does not know.
    folderRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  const close = (): void => {
    if (!running) onClose();
  };
  const counts = countItems(state?.items ?? []);
  const refused = (state?.items ?? []).filter((i) => i.status === 'refused');
  const added = (state?.items ?? []).filter(
    (i): i is Extract<ImportItem, { status: 'imported' | 'updated' }> =>
      i.status === 'imported' || i.status === 'updated',
  );
  const skipped = (state?.items ?? []).filter((i) => i.status === 'skipped');

  return (
    <Modal labelledBy="import-title" className="import-dialog" testId="import-dialog" onClose={close}>
      <h2 id="import-title">Import articles</h2>
      {zims !== null && <ZimAddSummary outcome={zims} onClose={onClose} />}
      {state === null && zims === null && (
        <>
          <p>
            Saved web pages (.html, .htm), Markdown (.md) and plain text (.txt), one by one or whole folders.
            They are read on this computer and kept in the app's own storage; nothing is sent anywhere, and
            nothing of a page's scripts, styles or links to other sites is kept. Kiwix libraries (.zim) are
            read where they are, never copied.
          </p>
          {desktop ? (
            <div className="modal-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => void chooseNative('files')}
              >
                Choose files…
              </button>
              <button type="button" className="button" onClick={() => void chooseNative('folder')}>
                Choose a folder…
              </button>
            </div>
          ) : (
            <div className="modal-actions">
              <label className="button button-primary">
                Choose files…
                <input
                  type="file"
                  multiple
                  accept={ACCEPT}
                  className="visually-hidden"
                  data-testid="import-files"
                  onChange={(e) => e.target.files && begin(sourcesFromFileList(e.target.files))}
                />
              </label>
              <label className="button">
                Choose a folder…
                <input
                  ref={folderRef}
                  type="file"
                  className="visually-hidden"
                  data-testid="import-folder"
                  onChange={(e) => e.target.files && begin(sourcesFromFileList(e.target.files))}
                />
              </label>
            </div>
          )}
          {choiceError && (
            <p className="notice notice-warn" role="alert">
              {choiceError}
            </p>
          )}
          <p className="muted">Or drop files and folders anywhere on the window.</p>
        </>
      )}
      {state !== null && running && (
        <div data-testid="import-progress">
          <progress value={state.done} max={state.total} aria-label="Import progress" />
          <p role="status">
            Importing {formatCount(Math.min(state.done + 1, state.total))} of {formatCount(state.total)}
            {state.current && (
              <>
                : <span className="import-current">{state.current}</span>
              </>
            )}
          </p>
        </div>
      )}
      {state !== null && !running && (
        <div data-testid="import-summary">
          <p role="status" className="import-headline">
            {state.status === 'cancelled' && 'Import cancelled. '}
            {state.status === 'failed' && `The import stopped: ${state.message ?? 'unknown error'}. `}
            {formatCount(counts.imported)} imported, {formatCount(counts.updated)} updated,{' '}
            {formatCount(counts.skipped)} skipped, {formatCount(counts.refused)} refused
            {state.status === 'cancelled' && ` (${formatCount(state.total - state.items.length)} not tried)`}.
          </p>
          <ReasonList title="Refused" items={refused} testId="import-refused" />
          {added.length > 0 && (
            <section aria-labelledby="import-added">
              <h3 id="import-added">Imported and updated</h3>
              <ul className="import-list" data-testid="import-added">
                {added.slice(0, SHOWN_ITEMS).map((item, i) => (
                  <li key={i}>
                    <a href={formatRoute({ view: 'article', id: item.id, query: '' })} onClick={onClose}>
                      {item.title}
                    </a>
                    <span className="import-reason">
                      {item.status === 'updated' ? 'updated' : 'new'} · {item.path}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ReasonList title="Skipped" items={skipped} testId="import-skipped" />
        </div>
      )}
      <div className="modal-actions modal-footer">
        {running ? (
          <button
            type="button"
            className="button"
            onClick={() => run.current?.cancel()}
            data-testid="import-cancel"
          >
            Cancel
          </button>
        ) : (
          <button type="button" className="button" onClick={close} data-testid="import-close">
            {state === null && zims === null ? 'Cancel' : 'Done'}
          </button>
        )}
      </div>
    </Modal>
  );
}

/** A titled list of files with the reason each was refused or skipped; nothing when there are none. */
function ReasonList({ title, items, testId }: { title: string; items: ImportItem[]; testId: string }) {
  if (items.length === 0) return null;
  const id = `${testId}-title`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="import-list" data-testid={testId}>
        {items.slice(0, SHOWN_ITEMS).map((item, i) => (
          <li key={i}>
            <span className="import-path">{item.path}</span>
            <span className="import-reason">{'reason' in item ? item.reason : ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
