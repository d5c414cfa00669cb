// "Test now": every gateway probed the way the popup's suggestions are (probeGateway: the checker's CID,
// a timeout), a few at a time, each result handed back as it arrives so the list fills in progressively.
import { phrase } from '../core/explain';
import type { GatewayHealth } from '../core/mirrors';
import type { FetchImpl } from '../net/fetch-body';
import { probeGateway } from '../net/gateway-probe';

export interface GatewayTestOptions {
  timeoutMs: number;
  now: () => number;
  concurrency?: number; // default 3, like the public gateway checker's pace
}

export async function runGatewayTests(
  gateways: readonly string[],
  fetchImpl: FetchImpl,
  options: GatewayTestOptions,
  onResult: (gateway: string, health: GatewayHealth) => void,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < gateways.length) {
      const gateway = gateways[next++] as string;
      let health: GatewayHealth;
      try {
        health = await probeGateway(gateway, fetchImpl, { timeoutMs: options.timeoutMs, now: options.now() });
      } catch (error) {
        // probeGateway should not throw; if it does, the error is still shown
        health = { gateway, ok: false, checkedAt: options.now(), error: phrase('netUnreachable', gateway.slice(0, 80), String(error).slice(0, 240)) };
      }
      onResult(gateway, health);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 3, gateways.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
