import { describe, expect, it } from 'vitest';
import { serverAddresses } from '../../src/background/server-addresses';

function fakeTimers() {
  const timers = new Map<number, () => void>();
  let next = 0;
  return {
    setTimer: (run: () => void) => (timers.set(++next, run), next),
    clearTimer: (id: unknown) => void timers.delete(id as number),
    fireAll: () => [...timers.entries()].forEach(([id, run]) => (timers.delete(id), run())),
    pending: () => timers.size,
  };
}

describe('serverAddresses', () => {
  it('hands a waiting failure the address its response-started event brings, once', () => {
    const timers = fakeTimers();
    const addresses = serverAddresses(timers);
    const got: (string | undefined)[] = [];
    addresses.wait('7', (ip) => got.push(ip));
    addresses.arrived({ requestId: '8', ip: '104.16.0.1' }); // another request: nothing waits for it
    expect(got).toEqual([]);
    addresses.arrived({ requestId: '7', ip: '104.16.132.229' });
    addresses.arrived({ requestId: '7', ip: '104.16.132.230' }); // onCompleted after onResponseStarted
    expect(got).toEqual(['104.16.132.229']);
    expect(timers.pending()).toBe(0);
  });

  it('goes on without an address when none comes within the wait, or the event has none', () => {
    const timers = fakeTimers();
    const addresses = serverAddresses(timers);
    const got: (string | undefined)[] = [];
    addresses.wait('1', (ip) => got.push(ip));
    addresses.wait('2', (ip) => got.push(ip));
    addresses.arrived({ requestId: '2' });
    timers.fireAll();
    expect(got).toEqual([undefined, undefined]);
  });

  it('keeps addresses that arrive before the worker is ready, for the queued failures', () => {
    const addresses = serverAddresses(fakeTimers());
    addresses.holdEarly(true);
    addresses.arrived({ requestId: '3', ip: '151.101.1.1' });
    const got: (string | undefined)[] = [];
    addresses.wait('3', (ip) => got.push(ip));
    expect(got).toEqual(['151.101.1.1']);
    addresses.holdEarly(false);
    addresses.arrived({ requestId: '4', ip: '151.101.1.2' });
    addresses.wait('4', (ip) => got.push(ip));
    expect(got).toEqual(['151.101.1.1']); // not kept once ready: '4' waits for its own event
  });

  it('bounds how many failures wait: the oldest go on without an address', () => {
    const addresses = serverAddresses(fakeTimers());
    const got: string[] = [];
    for (let i = 0; i < 2_001; i++) addresses.wait(String(i), (ip) => got.push(`${i}:${ip ?? '-'}`));
    expect(got).toEqual(['0:-']);
  });
});
