import { describe, expect, it, vi } from 'vitest';
import { periodicAlarms } from '../../src/background/periodic-alarms';
import { fakeAlarms } from './fake-api';

describe('periodicAlarms', () => {
  it('creates the missing alarms, leaves existing ones alone, and runs each job on its own alarm only', async () => {
    const alarms = fakeAlarms({ b: { periodInMinutes: 5, delayInMinutes: 5 }, toString: { periodInMinutes: 1 } });
    const ran: string[] = [];
    periodicAlarms(alarms.api, {
      a: { periodInMinutes: 1, delayInMinutes: 2, run: (alarm) => void ran.push(`a:${alarm.name}`) },
      b: { periodInMinutes: 5, delayInMinutes: 5, run: (alarm) => void ran.push(`b:${alarm.name}`) },
    }, () => () => undefined);
    await vi.waitFor(() => expect(alarms.created.get('a')).toBe(1));
    expect(alarms.scheduled.get('a')).toEqual({ periodInMinutes: 1, delayInMinutes: 2 });
    expect(alarms.created.has('b')).toBe(false);
    alarms.fire('b');
    alarms.fire('toString'); // an alarm of someone else's, named like an Object property
    alarms.fire('a');
    expect(ran).toEqual(['b:b', 'a:a']);
  });

  it('says which alarm could not be scheduled', async () => {
    const alarms = fakeAlarms();
    alarms.api.get = (async () => Promise.reject(new Error('no alarms here'))) as typeof alarms.api.get;
    const problems: string[] = [];
    periodicAlarms(alarms.api, { c: { periodInMinutes: 1, delayInMinutes: 1, run: () => undefined } }, (what) => (error) => void problems.push(`${what}: ${String(error)}`));
    await vi.waitFor(() => expect(problems).toEqual(['scheduling c: Error: no alarms here']));
  });
});
