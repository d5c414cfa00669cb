// Report fixtures for the collector tests.
import type { ReportStore } from '../../collector/db/report-store';
import { WINDOW_SECONDS, type Report } from '../../src/core/report';

export const NOW = Date.UTC(2025, 2, 14, 12, 2, 30); // a fixed clock for in-process apps
export const NOW_WINDOW = Math.floor(NOW / 1000 / WINDOW_SECONDS) * WINDOW_SECONDS;

export function report(overrides: Partial<Report> = {}): Report {
  return { window: NOW_WINDOW, provider: 'cloudflare', service: 'workers', failure: 'edge', status: 500, pop: 'FRA', domain: 'example.com', version: '0.1.0', ...overrides };
}

/** n reports that differ only by domain (d0.com, d1.com, …), so each is its own stored row. */
export function distinctReports(n: number, prefix: string, base: Partial<Report> = {}): Report[] {
  return Array.from({ length: n }, (_, i) => report({ ...base, domain: `${prefix}${i}.com` }));
}

/** Stores `senders` copies of a report, each from a sender of its own, as if received in its window. */
export async function fromSenders(store: ReportStore, senders: number, r: Report, tag = 's'): Promise<void> {
  await Promise.all(Array.from({ length: senders }, (_, i) => store.add([r], { sender: `${tag}${i}`, received: r.window })));
}
