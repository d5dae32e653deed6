import { describe, expect, it } from 'vitest';
import { OFFLINE_SWITCHES, setupNetworkSwitches, setupSecureDnsOff } from './network-switches';

describe('offline Chromium switches', () => {
  it('makes every host unresolvable and turns proxies and background networking off', () => {
    const names = new Map(OFFLINE_SWITCHES.map(([name, value]) => [name, value]));
    expect(names.get('host-resolver-rules')).toBe('MAP * ~NOTFOUND');
    expect(names.has('no-proxy-server')).toBe(true);
    expect(names.has('disable-background-networking')).toBe(true);
    expect(names.get('disable-features')).toContain('NetworkPrediction');
  });

  it('appends each switch, with its value when it has one, to the command line', () => {
    const appended: string[][] = [];
    setupNetworkSwitches({
      commandLine: { appendSwitch: (...args: string[]) => void appended.push(args) },
    } as never);
    expect(appended).toEqual(OFFLINE_SWITCHES.map(([n, v]) => (v === undefined ? [n] : [n, v])));
  });

  it('switches DNS-over-HTTPS off', () => {
    let options: unknown;
    setupSecureDnsOff({ configureHostResolver: (o: unknown) => void (options = o) } as never);
    expect(options).toEqual({ secureDnsMode: 'off' });
  });
});
