// The store's current status, telling onStatus whenever it changes (a problem is plain data: the same
// words may come as a new object).
import type { StoreStatus } from './store-types';

export interface StatusKeeper {
  get(): StoreStatus;
  set(status: StoreStatus): void;
}

export function statusKeeper(initial: StoreStatus, onStatus?: (status: StoreStatus) => void): StatusKeeper {
  let current = initial;
  return {
    get: () => ({ ...current }),
    set(status) {
      if (status.mode === current.mode && JSON.stringify(status.problem) === JSON.stringify(current.problem)) return;
      current = status;
      onStatus?.({ ...status });
    },
  };
}
