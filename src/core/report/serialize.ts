// The exact bytes sent to the collector (and shown on the options page): no whitespace, keys in the
// order buildReport wrote them.
import type { Report } from './schema';

export function serializeBatch(reports: readonly Report[]): string {
  return JSON.stringify({ reports });
}
