// Oracle Cloud: no response marks it yet (providers.md has none); it is here for its published address list,
// which places a failing address on Oracle's network.
import type { ProviderModule } from '../../signals';
import { parseOracle } from './ranges';

export const oracle: ProviderModule = {
  id: 'oracle',
  name: 'Oracle Cloud',
  depth: 2,
  headers: [],
  rangeLists: [{ id: 'oracle', url: 'https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json', format: 'oracle', parse: parseOracle }],
};
