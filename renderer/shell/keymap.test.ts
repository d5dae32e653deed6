import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  availableCommands,
  COMMANDS,
  describeKeys,
  installKeymap,
  registerCommand,
  runCommand,
} from './keymap';

// The DOM classes isTypingTarget tests against, so a plain object can stand in for an event target here.
class FakeInput {}
beforeAll(() => {
  for (const name of ['HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement', 'HTMLElement'])
    Object.defineProperty(globalThis, name, {
      value: name === 'HTMLInputElement' ? FakeInput : class {},
      configurable: true,
    });
});

/** A window that keeps its keydown listener, and a way to press keys as a browser would report them. */
function fakeWindow() {
  let listener: ((e: KeyboardEvent) => void) | undefined;
  const win = {
    addEventListener: (_: string, l: (e: KeyboardEvent) => void) => (listener = l),
    removeEventListener: () => (listener = undefined),
  } as unknown as Window;
  const press = (
    key: string,
    mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {},
    target: unknown = {},
  ) => {
    const held: Record<string, boolean> = {
      Control: !!mods.ctrl,
      Alt: !!mods.alt,
      Shift: !!mods.shift,
      Meta: false,
    };
    const event = {
      key,
      code: /^\d$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
      target,
      defaultPrevented: false,
      getModifierState: (m: string) => held[m] ?? false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    listener?.(event as unknown as KeyboardEvent);
    return event.defaultPrevented;
  };
  return { win, press };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('the keymap table', () => {
  it('gives every command a title and never binds one key to two commands', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      expect(c.title.length, c.id).toBeGreaterThan(3);
      for (const k of c.keys) {
        expect(seen.get(k), `${k} is bound to ${seen.get(k)} and ${c.id}`).toBeUndefined();
        seen.set(k, c.id);
      }
    }
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it('writes keys for people', () => {
    expect(describeKeys('$mod+k')).toBe('Ctrl+K');
    expect(describeKeys('$mod+k', true)).toBe('⌘+K');
    expect(describeKeys('g n')).toBe('g then n');
    expect(describeKeys('Shift+?')).toBe('Shift+?');
  });
});

describe('registerCommand and runCommand', () => {
  it('runs the newest handler, lists only offered commands, and forgets a withdrawn one', () => {
    const older = vi.fn();
    const newer = vi.fn();
    cleanups.push(registerCommand('go-notebook', older));
    const withdraw = registerCommand('go-notebook', newer);
    expect(runCommand('go-notebook')).toBe(true);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(older).not.toHaveBeenCalled();
    expect(availableCommands().map((c) => c.id)).toEqual(['go-notebook']);
    withdraw();
    runCommand('go-notebook');
    expect(older).toHaveBeenCalledTimes(1);
    expect(runCommand('go-privacy')).toBe(false);
  });
});

describe('installKeymap', () => {
  it('runs a command from its key, and leaves a key alone when no view offers its command', () => {
    const { win, press } = fakeWindow();
    cleanups.push(installKeymap(win));
    expect(press('j')).toBe(false);
    const next = vi.fn();
    cleanups.push(registerCommand('next-item', next));
    expect(press('j')).toBe(true);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('lets plain keys type in a field, and only chords reach commands from there', () => {
    const { win, press } = fakeWindow();
    cleanups.push(installKeymap(win));
    const blue = vi.fn();
    const find = vi.fn();
    cleanups.push(registerCommand('highlight-blue', blue), registerCommand('find', find));
    const field = new FakeInput();
    expect(press('3', {}, field)).toBe(false);
    expect(blue).not.toHaveBeenCalled();
    expect(press('3', { alt: true }, field)).toBe(true);
    expect(press('f', { ctrl: true }, field)).toBe(true);
    expect([blue.mock.calls.length, find.mock.calls.length]).toEqual([1, 1]);
  });

  it('follows a two-key sequence such as g then n', () => {
    const { win, press } = fakeWindow();
    cleanups.push(installKeymap(win));
    const notebook = vi.fn();
    cleanups.push(registerCommand('go-notebook', notebook));
    press('g');
    press('n');
    expect(notebook).toHaveBeenCalledTimes(1);
  });

  it('follows a second g chord right after the first, as quickly as the user types it', () => {
    const { win, press } = fakeWindow();
    cleanups.push(installKeymap(win));
    const library = vi.fn();
    const notebook = vi.fn();
    const privacy = vi.fn();
    cleanups.push(
      registerCommand('go-library', library),
      registerCommand('go-notebook', notebook),
      registerCommand('go-privacy', privacy),
    );
    for (const key of ['g', 'l', 'g', 'n', 'g', 'p', 'g', 'l']) press(key);
    expect([library.mock.calls.length, notebook.mock.calls.length, privacy.mock.calls.length]).toEqual([
      2, 1, 1,
    ]);
  });
});
