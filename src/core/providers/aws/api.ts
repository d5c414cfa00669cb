// AWS service APIs (DynamoDB, SQS, SNS, STS, CloudWatch, EC2, the CloudFront API, …) answer errors in two
// formats: query-protocol XML `<ErrorResponse xmlns="https://<service>.amazonaws.com/doc/…"><Error><Code>`
// and JSON-protocol `{"__type": "com.amazonaws.<service>…#<Code>"}`. Their own 5xx is AWS failing.
import type { Failure } from '../../types';
import { table } from '../../verdict';

export interface AwsApiError { code: string | undefined; service: string | undefined }

const XML = /<errorresponse[^>]*xmlns="https?:\/\/([a-z0-9-]+)\.amazonaws\.com\/doc\//;
const EC2_XML = /<response>\s*<errors>\s*<error>\s*<code>/; // EC2's own shape of the query-protocol error
const JSON_TYPE = /["']__type["']\s*:\s*u?["'](?:com\.amazon(?:aws)?\.([a-z0-9]+)[^#"']*#)?([A-Za-z]+)["']/;
// The AWS SDKs' rendering of a service error, as people paste it from a log or console:
// "… (Service: AmazonDynamoDBv2; Status Code: 500; Error Code: InternalServerError; Request ID: …)".
const SDK_TEXT = /\(Service: ([A-Za-z0-9 ]+)[;,] Status Code: \d{3}(?:[;,] Error Code: ([A-Za-z]+))?/;
// botocore: "An error occurred (ThrottlingException) when calling the PutItem operation"
const BOTO_TEXT = /An error occurred \(([A-Za-z0-9]+)\) when calling the [A-Za-z]+ operation/;
// aws-sdk-js v2 errors as logged: "code: 'ProvisionedThroughputExceededException'", or "Error [InternalServerError]: …"
// with its protocol parser in the stack; the .NET SDK's "Amazon.SQS.AmazonSQSException".
const JS_TEXT = /\bcode: '([A-Za-z]+)'[\s\S]{0,400}\btime: |"code"\s*:\s*"([A-Za-z]+)"[\s\S]{0,400}"time"\s*:[\s\S]{0,200}"requestId"|Error \[([A-Za-z]+)\][^\n]*\n?[\s\S]{0,200}aws-sdk\/lib\/(?:protocol|services)\//;
const DOTNET_TEXT = /\bAmazon\.([A-Za-z0-9]+)\.Amazon[A-Za-z0-9]+Exception\b/;
const QUERY_NAMES: Readonly<Record<string, string>> = table({ queue: 'sqs', monitoring: 'cloudwatch', sts: 'sts', sns: 'sns', ec2: 'ec2', cloudfront: 'cloudfront-api', iam: 'iam', elasticloadbalancing: 'elb-api', autoscaling: 'autoscaling', cloudformation: 'cloudformation' });

/** Page text (lowercased, for the markers) and raw text (for the code's case). */
export function readAwsApiError(page: string, rawPage: string): AwsApiError | undefined {
  const xml = XML.exec(page);
  if (xml !== null) {
    const code = /<code>\s*([A-Za-z.]+)\s*<\/code>/i.exec(rawPage)?.[1];
    return { code, service: QUERY_NAMES[xml[1] ?? ''] ?? xml[1] };
  }
  const sdk = SDK_TEXT.exec(rawPage);
  if (sdk !== null) return { code: sdk[2], service: sdk[1]?.toLowerCase().replace(/\s+/g, '').replace(/^aws|^amazon/, '') || undefined };
  const boto = BOTO_TEXT.exec(rawPage);
  if (boto !== null) return { code: /^\d{3}$/.test(boto[1] ?? '') ? undefined : boto[1], service: undefined };
  const js = JS_TEXT.exec(rawPage);
  if (js !== null) return { code: js[1] ?? js[2] ?? js[3], service: undefined };
  const dotnet = DOTNET_TEXT.exec(rawPage);
  if (dotnet !== null) return { code: undefined, service: dotnet[1]?.toLowerCase() };
  const only = AWS_ONLY_CODE.exec(rawPage)?.[1];
  if (only !== undefined) return { code: only, service: undefined };
  if (EC2_XML.test(page)) return { code: /<code>\s*([A-Za-z.]+)\s*<\/code>/i.exec(rawPage)?.[1], service: 'ec2' };
  if (!page.includes('__type')) return undefined;
  const json = JSON_TYPE.exec(rawPage);
  if (json === null) return undefined;
  const service = json[1]?.toLowerCase().replace(/v\d+$/, '');
  return { code: json[2], service: service === 'coral' ? undefined : service };
}

/** Who is at fault for an AWS API error code; undefined when the status must decide. */
/** AWS's own error codes that no one else uses: a page or log naming one is an AWS API's answer. */
const AWS_ONLY_CODE_NAMES = ['ProvisionedThroughputExceededException', 'RequestLimitExceeded'] as const;
const AWS_ONLY_CODE = new RegExp(`\\b(${AWS_ONLY_CODE_NAMES.join('|')})\\b`);
export const AWS_ONLY_CODES = new RegExp(`${AWS_ONLY_CODE_NAMES.join('|').toLowerCase()}|<code>slowdown</code>`);

export function awsApiFailure(code: string): Failure | undefined {
  if (/throttl|slowdown|limitexceeded|throughputexceeded|toomanyrequests|overlimit|ratelimit|requestlimit/i.test(code)) return 'block';
  if (/^(internal(failure|error|servererror)?|serviceunavailable|service(unavailable)?exception|internal.*exception|dependencyfailure)/i.test(code)) return 'edge';
  if (/accessdenied|unauthori[sz]ed|forbidden|authfailure|invalidclienttokenid|signaturedoesnotmatch|expiredtoken|unrecognizedclient|missingauthenticationtoken|incompletesignature|notauthorized/i.test(code)) return 'block';
  if (/validation|invalid|malformed|notfound|nosuch|missing|badrequest|conditionalcheckfailed/i.test(code)) return 'client';
  return undefined;
}
