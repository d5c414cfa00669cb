// Shared by every list parser: validates each CIDR, counts what it skips, keeps the first few reasons, and
// stops at a ceiling so a runaway list cannot exhaust memory.
import type { IpRange, RangeParseResult } from './ip-range';
import { parseCidr } from './parse-cidr';

export const MAX_RANGES = 500_000; // AWS's list, the largest used, is ~16,000 entries
const MAX_PROBLEMS = 10;

export class RangeCollector {
  readonly ranges: IpRange[] = [];
  skipped = 0;
  readonly problems: string[] = [];

  /** Adds the range if its CIDR parses; `where` names the entry in a problem report. */
  /** `where` names the entry in a problem report: 'line', 3 → 'line 3'; 'prefixes', 3 → 'prefixes[3]'. */
  add(cidr: unknown, meta: Omit<IpRange, 'cidr'>, where: string, index: number): boolean {
    const text = this.canonical(cidr, where, index);
    return text !== undefined && this.push({ ...meta, cidr: text });
  }

  /** The CIDR's canonical text, or undefined (counted as skipped). */
  canonical(cidr: unknown, where: string, index: number): string | undefined {
    const parsed = parseCidr(cidr);
    if (parsed === undefined) this.skip(`${entryName(where, index)}: not a CIDR (${preview(cidr)})`);
    return parsed?.text;
  }

  push(range: IpRange): boolean {
    if (this.ranges.length >= MAX_RANGES) {
      this.skip(`more than ${MAX_RANGES} ranges; the rest are ignored`);
      return false;
    }
    this.ranges.push(range);
    return true;
  }

  skip(problem: string): void {
    this.skipped++;
    if (this.problems.length < MAX_PROBLEMS && !this.problems.includes(problem)) this.problems.push(problem);
  }

  result(): RangeParseResult {
    return { ranges: this.ranges, skipped: this.skipped, problems: this.problems };
  }
}

/** JSON text (or an already parsed value) → the value, or undefined with the reason recorded. */
export function readJson(input: unknown, collector: RangeCollector, name: string): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch (error) {
    collector.skip(`${name} is not valid JSON (${String(error).slice(0, 80)})`);
    return undefined;
  }
}

export function entryName(where: string, index: number): string {
  return where === 'line' || where === 'entry' ? `${where} ${index}` : `${where}[${index}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'missing' : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
