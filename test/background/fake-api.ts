// Small in-memory stand-ins for the extension APIs the background uses, with real state: alarms that are
// kept and fire when told, storage areas backed by a Map that announce their changes, notifications kept.
type Listener<A extends unknown[]> = (...args: A) => void;

export interface FakeEvent<A extends unknown[]> {
  addListener(listener: Listener<A>): void;
  removeListener(listener: Listener<A>): void;
  hasListener(listener: Listener<A>): boolean;
  dispatch(...args: A): void;
}

export function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (listener) => void listeners.add(listener),
    removeListener: (listener) => void listeners.delete(listener),
    hasListener: (listener) => listeners.has(listener),
    dispatch: (...args) => listeners.forEach((listener) => listener(...args)),
  };
}

export interface FakeAlarms {
  /** Pass as `chrome.alarms`. */
  api: typeof chrome.alarms;
  /** The alarms that exist, by name. */
  scheduled: Map<string, chrome.alarms.AlarmCreateInfo>;
  /** How many times create() was called for each name (creating again restarts an alarm's period). */
  created: Map<string, number>;
  /** The alarm goes off: every onAlarm listener hears it. */
  fire(name: string): void;
}

export function fakeAlarms(existing: Record<string, chrome.alarms.AlarmCreateInfo> = {}): FakeAlarms {
  const scheduled = new Map(Object.entries(existing));
  const created = new Map<string, number>();
  const onAlarm = fakeEvent<[chrome.alarms.Alarm]>();
  const asAlarm = (name: string, info: chrome.alarms.AlarmCreateInfo): chrome.alarms.Alarm => ({
    name,
    scheduledTime: info.when ?? 0,
    persistAcrossSessions: true,
    ...(info.periodInMinutes === undefined ? {} : { periodInMinutes: info.periodInMinutes }),
  });
  const api = {
    async get(name: string) {
      const info = scheduled.get(name);
      return info === undefined ? undefined : asAlarm(name, info);
    },
    async create(name: string, info: chrome.alarms.AlarmCreateInfo) {
      scheduled.set(name, info);
      created.set(name, (created.get(name) ?? 0) + 1);
    },
    async clear(name: string) {
      return scheduled.delete(name);
    },
    onAlarm,
  };
  return {
    api: api as unknown as typeof chrome.alarms,
    scheduled,
    created,
    fire(name) {
      const info = scheduled.get(name);
      if (info === undefined) throw new Error(`no alarm ${name} to fire`);
      onAlarm.dispatch(asAlarm(name, info));
    },
  };
}

export interface FakeStorageArea {
  /** Pass as a `chrome.storage.StorageArea`. */
  api: chrome.storage.StorageArea;
  items: Map<string, unknown>;
}

export function fakeStorageArea(initial: Record<string, unknown> = {}): FakeStorageArea {
  const items = new Map(Object.entries(structuredClone(initial)));
  const onChanged = fakeEvent<[Record<string, chrome.storage.StorageChange>]>();
  const api = {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      const wanted = keys === undefined || keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = keys !== null && typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      return Object.fromEntries(wanted.flatMap((key) => (items.has(key) ? [[key, structuredClone(items.get(key))]] : key in defaults ? [[key, defaults[key]]] : [])));
    },
    async set(values: Record<string, unknown>) {
      const changes: Record<string, chrome.storage.StorageChange> = {};
      for (const [key, newValue] of Object.entries(values)) {
        changes[key] = { oldValue: items.get(key), newValue: structuredClone(newValue) };
        items.set(key, structuredClone(newValue));
      }
      onChanged.dispatch(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, chrome.storage.StorageChange> = {};
      for (const key of [keys].flat()) {
        if (items.has(key)) changes[key] = { oldValue: items.get(key) };
        items.delete(key);
      }
      onChanged.dispatch(changes);
    },
    onChanged,
  };
  return { api: api as unknown as chrome.storage.StorageArea, items };
}
