import { describe, expect, it } from 'vitest';
import { choosePort } from './preview';

describe('choosePort', () => {
  it('prefers the --port flag over the PORT variable', () => {
    expect(choosePort('4321', '5000')).toBe(4321);
  });

  it('falls back to PORT, then to 4174', () => {
    expect(choosePort(undefined, '5000')).toBe(5000);
    expect(choosePort(undefined, undefined)).toBe(4174);
    expect(choosePort(undefined, '')).toBe(4174);
  });

  it.each(['abc', '-1', '70000', '12.5'])('rejects the invalid port %s', (raw) => {
    expect(() => choosePort(raw, undefined)).toThrow(/Invalid port/);
  });
});
