import { createKeybindingsHandler } from 'tinykeys';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../archive/core/annotations/annotation';
import { isTypingTarget } from '../dom/keyboard';

/** Where a command applies, as the shortcut sheet groups them. */
export type CommandGroup = 'Anywhere' | 'Lists and notes' | 'Reading';

/** Every command the app offers; each is also in the command palette when the current view can run it. */
export type CommandId =
  | 'palette'
  | 'shortcuts'
  | 'focus-search'
  | 'undo'
  | 'redo'
  | 'go-library'
  | 'go-notebook'
  | 'go-privacy'
  | 'import'
  | 'export-notebook'
  | 'theme-light'
  | 'theme-dark'
  | 'theme-system'
  | 'reading-settings'
  | 'next-item'
  | 'previous-item'
  | 'find'
  | 'back'
  | 'note'
  | 'export-article'
  | 'caret-mode'
  | `highlight-${HighlightColor}`;

/** One command: its name in plain words, its keys (tinykeys syntax; none for palette-only ones), its group. */
export interface CommandSpec {
  id: CommandId;
  title: string;
  keys: readonly string[];
  group: CommandGroup;
  /**
   * Whether its chords with Ctrl, Cmd or Alt also work while the user is typing in a field. Plain keys never
   * do: in a field they type.
   */
  inFields?: boolean;
}

const highlightCommands: CommandSpec[] = HIGHLIGHT_COLORS.map((color, i) => ({
  id: `highlight-${color}` as const,
  title: `Highlight the selection or the current find match in ${color}`,
  // The digit alone outside fields; with Alt it also works from the find box, where digits are typed.
  keys: [`${i + 1}`, `Alt+${i + 1}`, ...(color === 'yellow' ? ['h', 'Alt+h'] : [])],
  group: 'Reading' as const,
  inFields: true,
}));

/**
 * The one keymap: every shortcut the app has, in one table. The shortcut sheet and the command palette are
 * drawn from it, and installKeymap dispatches from it, so a key cannot do something the sheet does not say.
 */
export const COMMANDS: readonly CommandSpec[] = [
  { id: 'palette', title: 'Open the command palette', keys: ['$mod+k'], group: 'Anywhere', inFields: true },
  { id: 'shortcuts', title: 'Show keyboard shortcuts', keys: ['Shift+?'], group: 'Anywhere' },
  { id: 'focus-search', title: 'Search the archive', keys: ['/'], group: 'Anywhere' },
  { id: 'undo', title: 'Undo the last change to your notes', keys: ['$mod+z'], group: 'Anywhere' },
  { id: 'redo', title: 'Redo', keys: ['$mod+Shift+z', '$mod+y'], group: 'Anywhere' },
  { id: 'go-library', title: 'Go to the library', keys: ['g l'], group: 'Anywhere' },
  { id: 'go-notebook', title: 'Go to the notebook of all highlights', keys: ['g n'], group: 'Anywhere' },
  { id: 'go-privacy', title: 'Go to the privacy panel', keys: ['g p'], group: 'Anywhere' },
  { id: 'import', title: 'Import files…', keys: [], group: 'Anywhere' },
  { id: 'export-notebook', title: 'Export the notebook as Markdown', keys: [], group: 'Anywhere' },
  { id: 'theme-light', title: 'Theme: light', keys: [], group: 'Anywhere' },
  { id: 'theme-dark', title: 'Theme: dark', keys: [], group: 'Anywhere' },
  { id: 'theme-system', title: 'Theme: as the system', keys: [], group: 'Anywhere' },
  {
    id: 'reading-settings',
    title: 'Reading settings: typeface, size, spacing, width',
    keys: [],
    group: 'Anywhere',
  },
  { id: 'next-item', title: 'Next result, article or highlight', keys: ['j'], group: 'Lists and notes' },
  {
    id: 'previous-item',
    title: 'Previous result, article or highlight',
    keys: ['k'],
    group: 'Lists and notes',
  },
  { id: 'find', title: 'Find in the article', keys: ['$mod+f'], group: 'Reading', inFields: true },
  { id: 'back', title: 'Back', keys: ['Escape', 'Alt+ArrowLeft'], group: 'Reading' },
  {
    id: 'note',
    title: 'Add a note to the selection or the current highlight',
    keys: ['n'],
    group: 'Reading',
  },
  { id: 'export-article', title: "Export this article's notes as Markdown", keys: [], group: 'Reading' },
  {
    id: 'caret-mode',
    title: 'Caret mode: arrows move a caret through the text, Shift+arrows select',
    keys: ['F7'],
    group: 'Reading',
  },
  ...highlightCommands,
];

type Handler = () => void;
const handlers = new Map<CommandId, Handler[]>();
const listeners = new Set<() => void>();

/** Makes a command runnable while the caller is on screen; returns the function that withdraws it. */
export function registerCommand(id: CommandId, run: Handler): () => void {
  const list = handlers.get(id) ?? [];
  list.push(run);
  handlers.set(id, list);
  listeners.forEach((l) => l());
  return () => {
    const at = list.lastIndexOf(run);
    if (at >= 0) list.splice(at, 1);
    listeners.forEach((l) => l());
  };
}

/** Runs a command with its most recently registered handler; false when no view on screen offers it. */
export function runCommand(id: CommandId): boolean {
  const run = handlers.get(id)?.at(-1);
  if (!run) return false;
  run();
  return true;
}

/** The commands the current screen can run, in keymap order: what the palette lists. */
export function availableCommands(): CommandSpec[] {
  return COMMANDS.filter((c) => (handlers.get(c.id)?.length ?? 0) > 0);
}

/** Calls listener whenever commands are registered or withdrawn. */
export function subscribeCommands(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** How a key is written for people: "Ctrl+K", "Shift+?", "g then l". */
export function describeKeys(keys: string, mac = false): string {
  return keys
    .split(' ')
    .map((press) =>
      press
        .replace('$mod', mac ? '⌘' : 'Ctrl')
        .replace(/\+([a-z])$/, (_, k: string) => `+${k.toUpperCase()}`),
    )
    .join(' then ');
}

/**
 * Listens for every key in the keymap on target and runs its command. Keys of commands that are not inFields
 * are left alone while the user types in a field, and a key whose command no view offers is not swallowed.
 */
export function installKeymap(target: Window): () => void {
  const bindings: Record<string, (event: KeyboardEvent) => void> = {};
  let matched = false;
  for (const spec of COMMANDS) {
    for (const keys of spec.keys) {
      const chord = /(^|\+)(\$mod|Control|Meta|Alt)\+/.test(keys);
      bindings[keys] = (event) => {
        matched = true;
        if (isTypingTarget(event.target) && !(spec.inFields && chord)) return;
        if (event.defaultPrevented) return;
        if (runCommand(spec.id)) event.preventDefault();
      };
    }
  }
  // The ignore option is ours to decide per command, above.
  const fresh = () => createKeybindingsHandler(bindings, { ignore: () => false });
  let handler = fresh();
  const onKeyDown = (event: KeyboardEvent): void => {
    matched = false;
    handler(event);
    // tinykeys stops at the sequence that fired and keeps the others half-way ("g" of "g n" after "g l"), so a
    // second "g" chord within its second was lost: after every match, sequences start again from their first key.
    if (matched) handler = fresh();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
