// One gateway's "Test now" result in words: testing, answered (with its latency), or why it failed.
import type { GatewayHealth } from '../core/mirrors';
import { t } from '../shared/i18n';

export type GatewayTestState = 'testing' | GatewayHealth;

export function gatewayResultText(state: GatewayTestState): string {
  if (state === 'testing') return t('optionsGatewayTesting');
  const latency = state.latencyMs ?? 0;
  if (!state.ok) return t('optionsGatewayFailed', state.error ?? t('optionsGatewayNoAnswer'));
  return state.subdomain === true ? t('optionsGatewayOkSubdomain', latency) : t('optionsGatewayOk', latency);
}
