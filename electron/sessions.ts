import type { App, Session } from 'electron';

/**
 * Runs harden(session) once for the default session and once for every session created later, so a policy
 * cannot be bypassed by a partition another module opens. Returns the sessions hardened so far, for tests.
 */
export function onEverySession(
  app: Pick<App, 'on'>,
  defaultSession: Session,
  harden: (session: Session) => void,
): WeakSet<Session> {
  const done = new WeakSet<Session>();
  const once = (session: Session): void => {
    // session-created can also report the default session; listeners added twice would double-count blocks.
    if (done.has(session)) return;
    done.add(session);
    harden(session);
  };
  app.on('session-created', once);
  once(defaultSession);
  return done;
}
