import { COMMANDS, describeKeys, type CommandGroup } from '../shell/keymap';
import { Modal } from './Modal';

const GROUPS: CommandGroup[] = ['Anywhere', 'Lists and notes', 'Reading'];

/** The shortcut sheet (?): every key in the keymap, grouped by where it works, drawn from the keymap itself. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Modal labelledBy="shortcuts-title" className="shortcut-sheet" testId="shortcut-sheet" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`keys-${group}`}>
          <h3 id={`keys-${group}`}>{group}</h3>
          <dl className="shortcut-list">
            {COMMANDS.filter(
              (c) => c.group === group && c.keys.length > 0 && !c.id.startsWith('highlight-'),
            ).map((c) => (
              <div key={c.id} className="shortcut-row">
                <dt>
                  {c.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd>{describeKeys(k)}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{c.title}</dd>
              </div>
            ))}
            {group === 'Reading' && (
              <div className="shortcut-row">
                <dt>
                  <kbd>1</kbd> to <kbd>6</kbd> or <kbd>Alt+1</kbd> to <kbd>Alt+6</kbd>
                </dt>
                <dd>
                  Highlight the selection or the current find match in yellow, green, blue, pink, purple or
                  orange (Alt works from the find box)
                </dd>
              </div>
            )}
          </dl>
        </section>
      ))}
      <p className="muted">
        In lists, the arrow keys, Home and End move too; Enter opens. In menus, the arrow keys move and Escape
        closes. Every command is also in the palette: <kbd>Ctrl+K</kbd>.
      </p>
      <div className="modal-actions modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
