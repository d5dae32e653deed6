import { useEffect, useRef, useState } from 'react';
import { appDatabase } from '../db/database';
import { explainStorageError } from '../db/storage';
import { collectAllData, eraseAllData } from '../db/user-data';
import { desktopApi, downloadText } from '../model/save-text';
import { Modal } from './Modal';
import { useToast } from '../model/toasts';

/**
 * "Export all my data" and "Erase all my data". Erasing asks first, with Cancel focused, says exactly what goes
 * and what stays (the bundled archive is part of the app, not the user's data), then reloads into a fresh start.
 */
export function DataActions() {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [erasing, setErasing] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // After the Modal's own focus (child effects run first): the safe choice is the one Enter would press.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const exportAll = async (): Promise<void> => {
    try {
      const data = await collectAllData(appDatabase(), localStorage, new Date());
      const name = `airgap-all-my-data-${new Date().toISOString().slice(0, 10)}.json`;
      downloadText(name, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
      toast({ text: `Saved ${name}` });
    } catch (error) {
      toast({ text: `Your data could not be exported: ${explainStorageError(error)}`, tone: 'error' });
    }
  };

  const erase = async (): Promise<void> => {
    setErasing(true);
    try {
      await eraseAllData(appDatabase(), localStorage);
      sessionStorage.clear();
      await desktopApi()?.eraseAllData();
      location.replace('#/');
      location.reload();
    } catch (error) {
      setErasing(false);
      setConfirming(false);
      toast({
        text: `Nothing more was erased: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'error',
      });
    }
  };

  return (
    <>
      <div className="modal-actions">
        <button
          type="button"
          className="button"
          onClick={() => void exportAll()}
          data-testid="export-all-data"
        >
          Export all my data
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => setConfirming(true)}
          data-testid="erase-all-data"
        >
          Erase all my data…
        </button>
      </div>
      {confirming && (
        <Modal
          labelledBy="erase-title"
          className="erase-dialog"
          testId="erase-dialog"
          onClose={() => setConfirming(false)}
        >
          <h2 id="erase-title">Erase all your data?</h2>
          <p>
            Every highlight, note and tag, every imported article, unsaved drafts and your settings are
            deleted from this machine. The bundled archive stays. This cannot be undone: export your data
            first if you may want it back.
          </p>
          <div className="modal-actions modal-footer">
            <button ref={cancel} type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={erasing}
              onClick={() => void erase()}
              data-testid="confirm-erase"
            >
              {erasing ? 'Erasing…' : 'Erase everything'}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
