// Product names for the services the provider modules report (Diagnosis.service), keyed `provider:service`.
// Names of products are not translated; a service missing here reads "<Provider> <service>".
import { providerName } from '../incidents/provider-name';

const SERVICE_NAMES: Readonly<Record<string, string>> = {
  'aws:cloudfront': 'Amazon CloudFront', 'aws:s3': 'AWS S3', 'aws:elb': 'AWS Elastic Load Balancing',
  'aws:apigateway': 'AWS API Gateway', 'aws:lambda-url': 'AWS Lambda', 'aws:amplify': 'AWS Amplify',
  'aws:waf': 'AWS WAF', 'aws:globalaccelerator': 'AWS Global Accelerator',
  'azure:front-door': 'Azure Front Door', 'azure:cdn': 'Azure CDN', 'azure:app-service': 'Azure App Service',
  'azure:static-web-apps': 'Azure Static Web Apps',
  'cloudflare:cdn': 'Cloudflare CDN', 'cloudflare:pages': 'Cloudflare Pages', 'cloudflare:workers': 'Cloudflare Workers',
  'cloudflare:challenges': 'Cloudflare challenges',
  'digitalocean:app-platform': 'DigitalOcean App Platform', 'digitalocean:spaces': 'DigitalOcean Spaces',
  'github:pages': 'GitHub Pages', 'github:api': 'the GitHub API', 'github:packages': 'GitHub Packages',
  'aws:ec2': 'Amazon EC2', 'aws:dynamodb': 'Amazon DynamoDB', 'aws:sqs': 'Amazon SQS', 'aws:sns': 'Amazon SNS', 'aws:sts': 'AWS STS',
  'aws:cloudwatch': 'Amazon CloudWatch', 'azure:storage': 'Azure Storage', 'azure:resource-manager': 'Azure Resource Manager',
  'azure:application-gateway': 'Azure Application Gateway', 'google:googleapis': 'Google APIs', 'cloudflare:r2': 'Cloudflare R2',
  'google:cdn': 'Google Cloud CDN', 'google:load-balancer': 'Google Cloud Load Balancing', 'google:app-engine': 'Google App Engine',
  'google:cloud-run': 'Google Cloud Run', 'google:cloud-functions': 'Google Cloud Functions', 'google:firebase': 'Firebase Hosting',
  'google:gcs': 'Google Cloud Storage',
  'akamai:cdn': 'Akamai CDN', 'akamai:netstorage': 'Akamai NetStorage',
};

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
