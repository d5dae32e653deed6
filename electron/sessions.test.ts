import { describe, expect, it, vi } from 'vitest';
import { onEverySession } from './sessions';
import { fakeApp, fakeSession } from './test-fakes';

describe('onEverySession', () => {
  it('hardens the default session at once and each later session when it is created', () => {
    const { app, emitter } = fakeApp();
    const first = fakeSession().session;
    const later = fakeSession().session;
    const harden = vi.fn();
    onEverySession(app, first, harden);
    expect(harden.mock.calls).toEqual([[first]]);
    emitter.emit('session-created', later);
    expect(harden.mock.calls).toEqual([[first], [later]]);
  });

  it('hardens a session only once even if session-created reports the default session again', () => {
    const { app, emitter } = fakeApp();
    const only = fakeSession().session;
    const harden = vi.fn();
    onEverySession(app, only, harden);
    emitter.emit('session-created', only);
    expect(harden).toHaveBeenCalledTimes(1);
  });
});
