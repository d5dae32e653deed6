import { useEffect, useMemo, useRef, useState } from 'react';
import { describeKeys, runCommand, type CommandSpec } from '../shell/keymap';
import { useAvailableCommands } from '../shell/use-command';
import { Modal } from './Modal';

/** Commands whose title holds every typed word, in keymap order. */
function filterCommands(commands: readonly CommandSpec[], typed: string): CommandSpec[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => words.every((w) => c.title.toLowerCase().includes(w)));
}

/**
 * The command palette (Ctrl+K): every command the current view offers, filtered as the user types; arrow keys
 * move, Enter runs, Escape closes. Focus stays in the box, the list follows through aria-activedescendant.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const commands = useAvailableCommands().filter((c) => c.id !== 'palette');
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // After the Modal's own focus on its dialog (child effects run first): typing goes straight into the box.
  useEffect(() => input.current?.focus(), []);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterCommands(commands, typed), [commands, typed]);
  const current = Math.min(active, Math.max(0, shown.length - 1));
  const run = (spec: CommandSpec | undefined): void => {
    if (!spec) return;
    onClose();
    // After the palette has closed, so a command that moves focus is not undone by the dialog closing.
    setTimeout(() => runCommand(spec.id), 0);
  };
  return (
    <Modal labelledBy="palette-title" className="palette" testId="command-palette" onClose={onClose}>
      <h2 id="palette-title" className="visually-hidden">
        Command palette
      </h2>
      <input
        ref={input}
        autoComplete="off"
        spellCheck={false}
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={shown[current] ? `palette-${shown[current].id}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        value={typed}
        data-testid="palette-input"
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((current + step + shown.length) % Math.max(1, shown.length));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(shown[current]);
          }
        }}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((spec, i) => (
          <li
            key={spec.id}
            id={`palette-${spec.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'palette-item palette-active' : 'palette-item'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(spec)}
            data-testid="palette-item"
          >
            <span>{spec.title}</span>
            {spec.keys[0] && <kbd>{describeKeys(spec.keys[0])}</kbd>}
          </li>
        ))}
        {shown.length === 0 && (
          <li className="palette-empty" role="option" aria-selected="false" aria-disabled="true">
            No command matches “{typed}”.
          </li>
        )}
      </ul>
    </Modal>
  );
}
