// Small readers shared by the feed parsers: feeds are third-party JSON, so every field is checked and capped.
import { phrase, type Phrase } from '../explain/phrase';
import { decodeFeedText } from './decode-feed-text';
import type { StatusIndicator } from './status-report';

export const MAX_INCIDENTS = 50;
export const MAX_COMPONENTS = 1000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, trimmed and capped; '' when missing or not a string. */
export function text(value: unknown, max = 300): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** An ISO date (or epoch seconds as a number or numeric string) → ms, or undefined. */
export function time(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
  if (typeof value !== 'string' || value === '') return undefined;
  if (/^\d{9,13}$/.test(value)) return time(Number(value));
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function httpsUrl(value: unknown): string | undefined {
  const url = text(value, 500);
  return /^https:\/\/[^\s]+$/.test(url) ? url : undefined;
}

const ORDER: readonly StatusIndicator[] = ['unknown', 'none', 'maintenance', 'minor', 'major', 'critical'];

/** The more severe of two indicators. */
export function worse(a: StatusIndicator, b: StatusIndicator): StatusIndicator {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

export function asIndicator(value: unknown): StatusIndicator {
  return typeof value === 'string' && (ORDER as readonly string[]).includes(value) ? (value as StatusIndicator) : 'unknown';
}

/** JSON from feed bytes or text, or the reason it is not JSON. */
export function readFeedJson(body: Uint8Array | ArrayBuffer | string): { value: unknown } | { error: Phrase } {
  try {
    return { value: JSON.parse(decodeFeedText(body)) };
  } catch (error) {
    return { error: phrase('outageFeedNotJson', String(error).slice(0, 80)) };
  }
}
