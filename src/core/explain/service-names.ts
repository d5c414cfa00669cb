// Product names for the services the provider modules report (Diagnosis.service), keyed `provider:service`,
// from each provider's folder. Names of products are not translated; a service missing here reads
// "<Provider> <service>".
import { providerName } from '../incidents/provider-name';
import { PROVIDERS } from '../providers';

const SERVICE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  PROVIDERS.flatMap((module) => Object.entries(module.products ?? {}).map(([service, name]) => [`${module.id}:${service}`, name])),
);

/** Services that name the provider's general network rather than a product of its own. */
export const GENERIC_SERVICES: ReadonlySet<string> = new Set(['cdn', 'challenges']);

export { providerName };

/** "AWS S3" for ('aws', 's3'); undefined without a service. */
export function serviceName(provider: string | null | undefined, service: string | undefined): string | undefined {
  if (typeof service !== 'string' || service === '') return undefined;
  const id = typeof provider === 'string' ? provider : '';
  const known = SERVICE_NAMES[`${id}:${service}`];
  if (known !== undefined && Object.hasOwn(SERVICE_NAMES, `${id}:${service}`)) return known;
  return id === '' ? service : `${providerName(id)} ${service}`;
}

/** The name a headline gives: the product when it is one Detour knows ("Amazon CloudFront"), else the provider. */
export function productName(provider: string, service: string | undefined): string {
  const key = `${provider}:${service ?? ''}`;
  if (service === undefined || GENERIC_SERVICES.has(service) || !Object.hasOwn(SERVICE_NAMES, key)) return providerName(provider);
  return SERVICE_NAMES[key] as string;
}
