import { useState } from 'react';
import { useSetAsideRecords, useStorageBlocked } from '../db/hooks';
import { BLOCKED_MESSAGE } from '../db/open-status';
import { downloadText } from '../model/save-text';
import { Modal } from './Modal';

/**
 * Says when stored notes could not be read (damaged by a disk fault, an old version or a hand edit), and lists
 * them with why and their raw content, which can be saved as a file: they are set aside, never deleted. While
 * another window blocks the database's upgrade, says that instead.
 */
export function SetAsideNotice() {
  const records = useSetAsideRecords();
  const blocked = useStorageBlocked();
  const [open, setOpen] = useState(false);
  if (blocked) {
    return (
      <span className="storage-blocked" role="alert" data-testid="storage-blocked">
        {BLOCKED_MESSAGE}
      </span>
    );
  }
  if (records.length === 0) return null;
  const count = `${records.length} stored ${records.length === 1 ? 'note' : 'notes'}`;
  return (
    <>
      <button
        type="button"
        className="link-button danger"
        onClick={() => setOpen(true)}
        data-testid="set-aside-open"
      >
        {count} could not be read
      </button>
      {open && (
        <Modal
          labelledBy="set-aside-title"
          className="set-aside"
          testId="set-aside"
          onClose={() => setOpen(false)}
        >
          <h2 id="set-aside-title">{count} could not be read</h2>
          <p>
            They are kept as they were found and hide nothing else. Save them to a file to keep a copy or to
            repair them by hand.
          </p>
          <ol className="set-aside-list">
            {records.map((record, i) => (
              <li key={i}>
                <p>
                  {record.id ? <code>{record.id}</code> : 'A record without an id'}: {record.reason}.
                </p>
                <pre tabIndex={0}>{JSON.stringify(record.raw, null, 2) ?? String(record.raw)}</pre>
              </li>
            ))}
          </ol>
          <div className="modal-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                downloadText('airgap-unreadable-notes.json', `${JSON.stringify(records, null, 2)}\n`)
              }
              data-testid="set-aside-save"
            >
              Save them as JSON
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
