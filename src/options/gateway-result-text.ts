// One gateway's "Test now" result in words: testing, answered (with its latency), or why it failed (the
// probe's phrase, worded here).
import type { GatewayHealth } from '../core/mirrors';
import { t } from '../shared/i18n';
import { say } from '../shared/say';

export type GatewayTestState = 'testing' | GatewayHealth;

export function gatewayResultText(state: GatewayTestState): string {
  if (state === 'testing') return t('optionsGatewayTesting');
  const latency = state.latencyMs ?? 0;
  if (!state.ok) return t('optionsGatewayFailed', state.error === undefined ? t('optionsGatewayNoAnswer') : say(state.error));
  return state.subdomain === true ? t('optionsGatewayOkSubdomain', latency) : t('optionsGatewayOk', latency);
}
