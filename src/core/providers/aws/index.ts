// AWS: CloudFront, WAF, S3 (REST and website), ELB, API Gateway, Lambda URLs, Amplify (providers.md §1.2).
import type { Context } from '../../context';
import type { Layer, ProviderModule, Verdict } from '../../signals';
import { failureOfStatus, generated } from '../../verdict';
import { AWS_ONLY_CODES, awsApiFailure, readAwsApiError, type AwsApiError } from './api';
import { APIGW_ERRORS, APIGW_MESSAGES, CLOUDFRONT_REASONS, ELB_STATUSES, S3_CODES } from './tables';
import { parseAws } from './ranges';

const CUSTOMER_HOSTS = /^(?!ec2-|.*\.(?:compute(?:-\d+)?|elb(?:\.[a-z0-9-]+)?|execute-api\.[a-z0-9-]+)\.amazonaws\.com$|.*\.s3-website[.-])/;
const CLOUDFRONT_PAGE = /the request could not be satisfied|the lambda function (?:returned|associated with the cloudfront)|cloudfront attempted to establish a connection|cloudfront wasn't able to|amazon cloudfront distribution is configured|provide content to customers through cloudfront/;
const RATE_LIMITED = /rate exceeded|request limit exceeded|too many requests|throttl|please reduce your request rate|limit exceeded/;
const CLOUDFRONT_SIGNED = /<center>cloudfront<\/center>/;
const ELB_SIGNED = /<center>awselb\/[\d.]+<\/center>|(?:^|\n)\s*\d{3} [a-z -]+\s+awselb\/[\d.]+\s*$/;
const FRONT_END_UNAVAILABLE = /<b>http\/1\.1 service unavailable<\/b>/;
const trimmed = (value: string): string | undefined => value.trim() || undefined;

export const aws: ProviderModule = {
  id: 'aws',
  name: 'AWS',
  depth: 0.5, // CloudFront is an edge, but ALB, S3 and API Gateway often sit behind other CDNs
  services: ['globalaccelerator', 'cloudfront', 'waf', 'amplify', 'elb', 'apigateway', 'lambda-url', 's3', 'ec2'],
  headers: [
    { header: 'via', contains: '.cloudfront.net (cloudfront)', weight: 2, evidence: 'via: … (CloudFront)', service: 'cloudfront' },
    { header: 'x-amz-cf-pop', weight: 2, evidence: 'x-amz-cf-pop header', service: 'cloudfront', pop: trimmed },
    { header: 'x-amz-cf-id', weight: 2, evidence: 'x-amz-cf-id header', service: 'cloudfront', requestId: true },
    { header: 'x-cache', contains: 'from cloudfront', weight: 2, evidence: 'x-cache: … from cloudfront', service: 'cloudfront' },
    { header: 'server', prefix: 'cloudfront', weight: 2, evidence: 'server: CloudFront (an answer CloudFront generated)', service: 'cloudfront' },
    { header: 'server', prefix: 'amazons3', weight: 2, evidence: 'server: AmazonS3', service: 's3' },
    { header: 'server', prefix: 'amazonec2', weight: 2, evidence: 'server: AmazonEC2 (the EC2 API)', service: 'ec2' },
    { header: 'server', prefix: 'awselb', weight: 2, evidence: 'server: awselb (an answer the load balancer generated)', service: 'elb' },
    { header: 'x-amz-request-id', weight: 1, evidence: 'x-amz-request-id header', service: 's3', requestId: true },
    { header: 'x-amz-id-2', weight: 1, evidence: 'x-amz-id-2 header', service: 's3' },
    { header: 'x-amzn-requestid', weight: 1, evidence: 'x-amzn-requestid header', service: 'apigateway', requestId: true },
    { header: 'x-amz-apigw-id', weight: 2, evidence: 'x-amz-apigw-id header', service: 'apigateway' },
    { header: 'apigw-requestid', weight: 2, evidence: 'apigw-requestid header', service: 'apigateway', requestId: true },
    { header: 'x-amzn-errortype', weight: 2, evidence: 'x-amzn-errortype header' },
    { header: 'x-amzn-remapped-content-length', weight: 1, evidence: "x-amzn-remapped-content-length (API Gateway passing on its integration's answer)", service: 'apigateway' },
    { header: 'x-amzn-trace-id', weight: 1, evidence: 'x-amzn-trace-id header' },
    { header: 'x-amzn-waf-action', weight: 2, evidence: 'x-amzn-waf-action header', service: 'waf', alarm: true },
  ],
  hosts: [
    { key: 'cloudfront.net', service: 'cloudfront', evidence: 'host is on cloudfront.net' },
    { key: 'amazonaws.com', match: /\.execute-api\.[a-z0-9-]+\.amazonaws\.com$/, service: 'apigateway', evidence: 'host is an API Gateway endpoint' },
    { key: 'amazonaws.com', match: /\.s3-website[.-]/, service: 's3', evidence: 'host is an S3 website endpoint' },
    { key: 'amazonaws.com', match: /(^|\.)s3([.-][a-z0-9-]+)*\.amazonaws\.com$/, service: 's3', evidence: 'host is an S3 endpoint' },
    { key: 'amazonaws.com', match: /\.elb\.amazonaws\.com$/, service: 'elb', evidence: 'host is an ELB endpoint' },
    // Every other amazonaws.com host is an AWS service's own endpoint (DynamoDB, SQS, S3, STS, …); EC2
    // instances' public names, load balancers, API Gateway and S3 websites front a customer's own server.
    { key: 'amazonaws.com', match: CUSTOMER_HOSTS, own: true, evidence: "host is an AWS service's own endpoint" },
    { key: 'on.aws', match: /\.lambda-url\.[a-z0-9-]+\.on\.aws$/, service: 'lambda-url', evidence: 'host is a Lambda function URL' },
    { key: 'amplifyapp.com', service: 'amplify', evidence: 'host is on amplifyapp.com' },
    { key: 'amazon.com', match: /^(?:[a-z0-9-]+\.)*(?:aws|console\.aws)\.amazon\.com$/, own: true, evidence: "host is AWS's own site or console (aws.amazon.com)" },
    { key: 'awsglobalaccelerator.com', service: 'globalaccelerator', evidence: 'host is on awsglobalaccelerator.com' },
  ],
  pages: [
    { find: 'generated by cloudfront', weight: 2, evidence: "CloudFront's error page ('Generated by cloudfront')", service: 'cloudfront' },
    { find: CLOUDFRONT_PAGE, weight: 2, evidence: "CloudFront's error page ('The request could not be satisfied')", service: 'cloudfront' },
    { find: CLOUDFRONT_SIGNED, weight: 2, evidence: "a plain error page signed 'CloudFront'", service: 'cloudfront' },
    { find: ELB_SIGNED, weight: 2, evidence: "a plain error page signed 'awselb' (the load balancer)", service: 'elb' },
    { find: /<errorresponse[^>]*xmlns="https?:\/\/[a-z0-9-]+\.amazonaws\.com\/doc\/|["']__type["']\s*:\s*u?["']com\.amazon|<response>\s*<errors>\s*<error>\s*<code>[a-z.]+<\/code>[\s\S]*<requestid>/, weight: 2, evidence: "an AWS service API's error format" },
    { find: /\{\s*"message"\s*:\s*"(?:endpoint request timed out|missing authentication token)"\s*\}/, weight: 2, evidence: "API Gateway's error body", service: 'apigateway' },
    { find: /\(service: [a-z0-9 ]+[;,] status code: \d{3}|an error occurred \([a-z0-9]+\) when calling the [a-z]+ operation|aws-sdk\/lib\/(?:protocol|services)\/|\bamazon\.[a-z0-9]+\.amazon[a-z0-9]+exception\b|\bcode: '[a-z]+'[\s\S]{0,400}\btime: [\s\S]{0,300}\b(?:requestid|statuscode|retryable)\b|"code"\s*:\s*"[a-z]+"[\s\S]{0,400}"time"\s*:[\s\S]{0,200}"requestid"/, weight: 2, evidence: "an AWS SDK's report of a service error (Service: …; Status Code: …; Error Code: …)" },
    { find: AWS_ONLY_CODES, weight: 2, evidence: 'an error code only AWS uses (ProvisionedThroughputExceeded, RequestLimitExceeded, SlowDown)' },
    { find: FRONT_END_UNAVAILABLE, weight: 2, evidence: "AWS's front end 'Http/1.1 Service Unavailable' body" },
    { find: /\{\s*"message"\s*:\s*"(?:internal server error|service unavailable|forbidden)"\s*\}/, weight: 1, evidence: "API Gateway's error body", service: 'apigateway' },
    { find: /<error>\s*<code>[a-z]+<\/code>[\s\S]*<hostid>/, weight: 2, evidence: 'S3 XML error body', service: 's3' },
    { find: /code: [a-z]+\s+message:[\s\S]*hostid:/, weight: 2, evidence: 'S3 website error page', service: 's3' },
    { find: 'back-end server is at capacity', weight: 2, evidence: "Classic ELB's reason 'Back-end server is at capacity'", service: 'elb' },
  ],
  judge: judgeAws,
  products: {
    cloudfront: 'Amazon CloudFront', s3: 'AWS S3', elb: 'AWS Elastic Load Balancing', apigateway: 'AWS API Gateway', 'lambda-url': 'AWS Lambda',
    amplify: 'AWS Amplify', waf: 'AWS WAF', globalaccelerator: 'AWS Global Accelerator', ec2: 'Amazon EC2', dynamodb: 'Amazon DynamoDB',
    sqs: 'Amazon SQS', sns: 'Amazon SNS', sts: 'AWS STS', cloudwatch: 'Amazon CloudWatch',
  },
  rangeLists: [{ id: 'aws', url: 'https://ip-ranges.amazonaws.com/ip-ranges.json', format: 'aws', parse: parseAws }],
  status: { kind: 'aws-health', url: 'https://health.aws.amazon.com/public/currentevents', page: 'https://health.aws.amazon.com/health/status', verified: false },
};

function judgeAws(ctx: Context, layer: Layer): Verdict | undefined {
  const waf = ctx.header('x-amzn-waf-action');
  if (waf !== undefined) return generated('block', `x-amzn-waf-action: ${waf.slice(0, 40)} — an AWS WAF check, not an outage`, undefined, 'waf');
  const service = layer.service;
  const server = (ctx.header('server') ?? '').toLowerCase();
  const api = ctx.hasPage ? readAwsApiError(ctx.page, ctx.rawPage) : undefined;
  if (api !== undefined) return judgeAwsApi(ctx, api);
  if (service === 's3') return judgeS3(ctx);
  if (FRONT_END_UNAVAILABLE.test(ctx.page)) return generated('edge', "AWS's front end answered 'Http/1.1 Service Unavailable': the AWS service is overloaded or failing");
  if (service === 'ec2' && ctx.status >= 500) return generated('edge', `the EC2 API answered ${ctx.status}: AWS itself is failing`, undefined, 'ec2');
  if (service === 'apigateway' || service === 'lambda-url' || ctx.header('x-amzn-errortype') !== undefined) return judgeApiGateway(ctx, service === 'lambda-url' ? service : 'apigateway');
  if (server.startsWith('awselb') || (service === 'elb' && ctx.page.includes('back-end server is at capacity'))) {
    return generated(ELB_STATUSES[ctx.status] ?? failureOfStatus(ctx.status), `the load balancer generated ${ctx.status}`, undefined, 'elb');
  }
  if (server === 'cloudfront' || ctx.page.includes('generated by cloudfront') || CLOUDFRONT_PAGE.test(ctx.page) || CLOUDFRONT_SIGNED.test(ctx.page)) return judgeCloudFront(ctx);
  if (ELB_SIGNED.test(ctx.page)) return generated(ELB_STATUSES[ctx.status] ?? failureOfStatus(ctx.status), `the load balancer generated ${ctx.status}`, undefined, 'elb');
  if (layer.own && RATE_LIMITED.test(ctx.page)) return generated('block', `${ctx.host || 'an AWS service'} is limiting the request rate`);
  return undefined;
}

/** An AWS service API's own error: its code says whose fault, else a 5xx is AWS's own failure. */
function judgeAwsApi(ctx: Context, api: AwsApiError): Verdict {
  const byCode = api.code !== undefined ? awsApiFailure(api.code) : RATE_LIMITED.test(ctx.page) ? 'block' : undefined;
  const failure = byCode ?? (ctx.status >= 500 ? 'edge' : failureOfStatus(ctx.status));
  const who = api.service !== undefined ? `AWS ${api.service}` : 'an AWS service API';
  const why = `${who} answered ${api.code ?? ctx.status}`;
  return generated(failure, failure === 'edge' ? `${why}: AWS itself is failing` : why, api.code, api.service);
}

function judgeS3(ctx: Context): Verdict {
  const code = /<code>\s*([A-Za-z]+)\s*<\/code>|\bcode:\s*([A-Za-z]+)/i.exec(ctx.rawPage);
  const name = code?.[1] ?? code?.[2];
  const failure = (name !== undefined ? S3_CODES[name] : undefined) ?? (ctx.status >= 500 ? 'edge' : failureOfStatus(ctx.status));
  const why = name !== undefined ? `S3 error ${name}` : `S3 answered ${ctx.status}`;
  return generated(failure, failure === 'edge' ? `${why}: S3 itself is failing or throttling` : why, name, 's3');
}

/** API Gateway, and Lambda function URLs, which answer in the same vocabulary. */
function judgeApiGateway(ctx: Context, service: string): Verdict {
  const who = service === 'lambda-url' ? 'Lambda function URL' : 'API Gateway';
  const type = (ctx.header('x-amzn-errortype') ?? '').split(':')[0]?.trim() || undefined;
  const known = type !== undefined ? APIGW_ERRORS[type] : undefined;
  if (known !== undefined) return generated(known, `${who} error type ${type}`, type, service);
  for (const [message, failure] of APIGW_MESSAGES) {
    if (ctx.page.includes(message)) return generated(failure, `${who} says '${message}'`, type, service);
  }
  // A 502 is the integration (often Lambda) failing and a 504 it timing out; a bare 500 is the gateway's own,
  // unless API Gateway says it is passing on its integration's answer (it renames the headers it replaces).
  const passedOn = ctx.header('x-amzn-remapped-content-length') !== undefined;
  const failure = ctx.status === 500 && service === 'apigateway' && !passedOn ? 'edge' : failureOfStatus(ctx.status);
  return generated(failure, `${who} answered ${ctx.status}${type ? ` (${type})` : ''}`, type, service);
}

function judgeCloudFront(ctx: Context): Verdict {
  // A 403 'Bad request.' is CloudFront answering for a host no distribution is set up for (the site's setup).
  if (ctx.status === 403 && ctx.page.includes('bad request')) return generated('origin', "CloudFront 403 'Bad request': this host is not set up on the distribution", undefined, 'cloudfront');
  for (const [reason, failure] of CLOUDFRONT_REASONS) {
    if (ctx.page.includes(reason)) return generated(failure, `CloudFront's error page: '${reason}'`, undefined, 'cloudfront');
  }
  const status = ctx.status;
  if (status === 502 || status === 504) return generated('origin', `CloudFront ${status}: it could not get an answer from the origin`, undefined, 'cloudfront');
  if (status === 503) return generated('origin', 'CloudFront 503: usually the origin lacks capacity', undefined, 'cloudfront');
  if (status === 403) return generated('block', 'CloudFront 403: request blocked', undefined, 'cloudfront');
  return generated(status >= 500 ? 'edge' : failureOfStatus(status), `CloudFront generated ${status}`, undefined, 'cloudfront');
}
