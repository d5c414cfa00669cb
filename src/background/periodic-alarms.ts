// Detour's periodic work runs on alarms, which wake a stopped worker. Every alarm is declared through here:
// its handler registered at once (the alarm that woke the worker reaches only listeners of its first run),
// and the alarm created only when missing (creating one again would restart its period on every wake).
export interface PeriodicJob {
  periodInMinutes: number;
  delayInMinutes: number; // until the first run
  run(alarm: chrome.alarms.Alarm): void;
}

type Alarms = Pick<typeof chrome.alarms, 'get' | 'create' | 'onAlarm'>;

export function periodicAlarms(alarms: Alarms, jobs: Readonly<Record<string, PeriodicJob>>, report: (what: string) => (error: unknown) => void): void {
  alarms.onAlarm.addListener((alarm) => {
    if (Object.hasOwn(jobs, alarm.name)) jobs[alarm.name]?.run(alarm);
  });
  for (const [name, { periodInMinutes, delayInMinutes }] of Object.entries(jobs)) {
    Promise.resolve(alarms.get(name))
      .then(async (existing) => {
        if (existing === undefined) await alarms.create(name, { periodInMinutes, delayInMinutes });
      })
      .catch(report(`scheduling ${name}`));
  }
}
