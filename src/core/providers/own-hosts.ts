// A provider's own service hosts (its API, console, storage), from the same host tables the classifier
// reads: where a failure is the provider itself failing, with no site of someone else's behind it.
import { lastLabels } from '../context';
import { PROVIDERS } from './index';

/** Does `provider` run `host` as its own service (host tables' `own`)? */
export function providerOwnsHost(provider: string | null, host: string): boolean {
  if (provider === null || host === '') return false;
  const key = lastLabels(host);
  return PROVIDERS.some((module) => module.id === provider && (module.hosts ?? []).some((signal) => signal.own === true && signal.key === key && (signal.match === undefined || signal.match.test(host))));
}
