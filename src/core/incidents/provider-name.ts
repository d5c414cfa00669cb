// Display names come from the provider modules (one table), so "cloudflare" reads "Cloudflare" everywhere.
import { PROVIDERS } from '../providers';

const NAMES = new Map<string, string>(PROVIDERS.map((module) => [module.id, module.name]));

/** The provider's display name, or its id when Detour has no module for it. */
export function providerName(id: string): string {
  return NAMES.get(id) ?? id;
}
