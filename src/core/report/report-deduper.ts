// At most one report per (provider, service, failure, domain-if-shared) per window from one browser, as
// outage trackers count a person once (sharing.md). Pure and bounded: windows older than an hour are
// forgotten. Seed it with the reports already queued so a restarted worker does not count twice.
import { WINDOW_SECONDS, type Report } from './schema';

const KEEP_WINDOWS = 12;

export interface ReportDeduper {
  /** true the first time this report's key is seen in its window (and remembers it); false after. */
  admit(report: Report): boolean;
}

export function dedupeKey(report: Report): string {
  return [report.provider, report.service ?? '', report.failure, report.domain ?? ''].join('|');
}

export function createReportDeduper(seen: Iterable<Report> = []): ReportDeduper {
  const byWindow = new Map<number, Set<string>>();
  let newest = -Infinity;
  const admit = (report: Report): boolean => {
    if (report.window <= newest - KEEP_WINDOWS * WINDOW_SECONDS) return false; // too old to tell: do not risk a double count
    const key = dedupeKey(report);
    let keys = byWindow.get(report.window);
    if (keys?.has(key) === true) return false;
    if (keys === undefined) byWindow.set(report.window, (keys = new Set()));
    keys.add(key);
    if (report.window > newest) {
      newest = report.window;
      for (const window of byWindow.keys()) if (window <= newest - KEEP_WINDOWS * WINDOW_SECONDS) byWindow.delete(window);
    }
    return true;
  };
  for (const report of seen) admit(report);
  return { admit };
}
