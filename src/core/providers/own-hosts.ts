// A provider's own service hosts (its API, console, storage), from the same host tables the classifier
// reads: where a failure is the provider itself failing, with no site of someone else's behind it.
import { lastLabels } from '../context';
import type { HostSignal } from '../signals';
import { PROVIDERS } from './index';

/** Does `provider` run `host` as its own service (host tables' `own`)? */
export function providerOwnsHost(provider: string | null, host: string): boolean {
  return hostSignals(provider, host).some((signal) => signal.own === true);
}

/** Is `host` one of the names `provider` gives its customers' sites (d111.cloudfront.net, shop.vercel.app)? */
export function providerNamesSite(provider: string | null, host: string): boolean {
  const signals = hostSignals(provider, host);
  return signals.length > 0 && signals.every((signal) => signal.own !== true);
}

function hostSignals(provider: string | null, host: string): HostSignal[] {
  if (provider === null || host === '') return [];
  const key = lastLabels(host);
  return PROVIDERS.flatMap((module) => (module.id === provider ? (module.hosts ?? []) : [])).filter((signal) => signal.key === key && (signal.match === undefined || signal.match.test(host)));
}
