// The server's address for failures whose headers came without it. Chromium gives `ip` on onResponseStarted,
// onCompleted and onErrorOccurred but never on onHeadersReceived (measured: Chromium 156; Firefox 153 gives it
// on onHeadersReceived already), so a failure seen in its headers waits here, by request id, for the event
// that brings it. Only failures wait: for every other request an arrival costs one Map lookup.

export interface ServerAddresses {
  /** Calls done once with the request's address, or with undefined if none came within the wait. */
  wait(requestId: string, done: (ip: string | undefined) => void): void;
  /** onResponseStarted / onErrorOccurred details: hands a waiting failure its address. */
  arrived(details: { requestId: string; ip?: string }): undefined;
  /** Until the worker is ready, failures' headers wait in a queue: keep addresses that come meanwhile. */
  holdEarly(hold: boolean): void;
}

export interface ServerAddressesDeps {
  waitMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const MAX_WAITING = 2_000; // a flood of failures must not grow memory: the oldest go on without an address

export function serverAddresses({ waitMs = 5_000, setTimer = setTimeout, clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) }: ServerAddressesDeps = {}): ServerAddresses {
  const waiting = new Map<string, { done: (ip: string | undefined) => void; timer: unknown }>();
  let early: Map<string, string | undefined> | undefined;

  function settle(requestId: string, ip: string | undefined): void {
    const entry = waiting.get(requestId);
    if (entry === undefined) return;
    waiting.delete(requestId);
    clearTimer(entry.timer);
    entry.done(ip);
  }

  return {
    wait(requestId, done) {
      if (early?.has(requestId)) {
        const ip = early.get(requestId);
        early.delete(requestId);
        return done(ip);
      }
      settle(requestId, undefined); // the same request twice: the first goes on as it is
      if (waiting.size >= MAX_WAITING) settle(waiting.keys().next().value as string, undefined);
      waiting.set(requestId, { done, timer: setTimer(() => settle(requestId, undefined), waitMs) });
    },
    arrived({ requestId, ip }) {
      if (waiting.has(requestId)) settle(requestId, ip || undefined);
      else if (early !== undefined && early.size < MAX_WAITING) early.set(requestId, ip || undefined);
      return undefined;
    },
    holdEarly(hold) {
      early = hold ? (early ?? new Map()) : undefined;
    },
  };
}
