// The gateway list as the options page edits it: pure operations on an array of https origins, each
// returning a new list, so the section's state changes only through them (and tests can drive them).
import { gatewayOrigin, MAX_GATEWAYS, type UrlReason } from '../shared/mirror-settings';

export type AddRefusal = { reason: UrlReason } | { reason: 'duplicate'; origin: string } | { reason: 'full' } | { reason: 'empty' };

/** The list with the gateway appended as its origin, or why it cannot be added. */
export function addGateway(list: readonly string[], text: string): { list: string[]; origin: string } | AddRefusal {
  if (text.trim() === '') return { reason: 'empty' };
  const checked = gatewayOrigin(text);
  if ('reason' in checked) return checked;
  if (list.includes(checked.origin)) return { reason: 'duplicate', origin: checked.origin };
  if (list.length >= MAX_GATEWAYS) return { reason: 'full' };
  return { list: [...list, checked.origin], origin: checked.origin };
}

export function removeGateway(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the entry at index moved by delta places (−1 up, +1 down); unchanged at either end. */
export function moveGateway(list: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}
