// AWS error vocabularies → who is at fault (providers.md §1.2).
import type { Failure } from '../../types';
import { table } from '../../verdict';

/** S3 REST and website error `<Code>`s. */
export const S3_CODES: Readonly<Record<string, Failure>> = table({
  NoSuchKey: 'client', NoSuchVersion: 'client', InvalidRequest: 'client', InvalidArgument: 'client',
  MethodNotAllowed: 'client', NotImplemented: 'client', InvalidRange: 'client', PreconditionFailed: 'client', NoSuchUpload: 'client',
  NoSuchBucket: 'origin', // the site's bucket is gone (also a takeover fingerprint)
  NoSuchWebsiteConfiguration: 'origin',
  AccessDenied: 'client', // S3's documented answer for a missing key when the caller may not list the bucket
  AllAccessDisabled: 'origin', AccountProblem: 'origin',
  PermanentRedirect: 'origin', TemporaryRedirect: 'origin', InvalidBucketState: 'origin',
  SlowDown: 'block', // a rate limit (architecture.md): S3 protecting itself, not an outage
  InternalError: 'edge', ServiceUnavailable: 'edge', RequestTimeout: 'edge',
});

/** Status codes the Application (or Classic) Load Balancer generates itself. */
export const ELB_STATUSES: Readonly<Record<number, Failure>> = {
  400: 'client', 401: 'block', 403: 'block', 405: 'client', 408: 'client', 413: 'client', 414: 'client',
  460: 'client', 463: 'client', 464: 'origin', 500: 'edge', 501: 'client',
  502: 'origin', 503: 'origin', 504: 'origin', 561: 'origin',
};

/** API Gateway `x-amzn-errortype` values (gateway response types as the wire names them). */
export const APIGW_ERRORS: Readonly<Record<string, Failure>> = table({
  MissingAuthenticationTokenException: 'client', // in practice usually a wrong path
  BadRequestException: 'client', NotFoundException: 'client', RequestTooLargeException: 'client',
  UnsupportedMediaTypeException: 'client',
  AccessDeniedException: 'block', ForbiddenException: 'block', UnauthorizedException: 'block',
  IncompleteSignatureException: 'block', InvalidSignatureException: 'block', ExpiredTokenException: 'block',
  InvalidApiKeyException: 'block', WafFilteredException: 'block',
  TooManyRequestsException: 'block', ThrottlingException: 'block', LimitExceededException: 'block',
  ThrottledException: 'block', QuotaExceededException: 'block',
  IntegrationFailureException: 'origin', IntegrationTimeoutException: 'origin', AuthorizerFailureException: 'origin',
  AuthorizerConfigurationException: 'origin', ApiConfigurationException: 'origin',
  ServiceUnavailableException: 'edge', InternalFailure: 'edge',
  // InternalServerErrorException covers integration failures (502), timeouts (504) and API Gateway's own 500:
  // the status decides (see judgeApiGateway).
});

/** API Gateway's JSON `message`s, when no error type says more. */
export const APIGW_MESSAGES: readonly [string, Failure, string][] = [
  ['missing authentication token', 'client', 'MISSING_AUTHENTICATION_TOKEN'],
  ['endpoint request timed out', 'origin', 'INTEGRATION_TIMEOUT'],
  ['execution failed due to configuration error', 'origin', 'API_CONFIGURATION_ERROR'],
  ['malformed lambda proxy response', 'origin', 'INTEGRATION_FAILURE'],
  ['too many requests', 'block', 'THROTTLED'],
  ['limit exceeded', 'block', 'QUOTA_EXCEEDED'],
];

/** CloudFront error page reason lines. */
export const CLOUDFRONT_REASONS: readonly [string, Failure][] = [
  ['not configured to allow the http request method', 'client'],
  ['bad request', 'client'],
  ['configured to block access from your country', 'block'],
  ['request blocked', 'block'],
  ['capacityexceeded', 'edge'],
  ['capacity exceeded', 'edge'],
  ['limitexceeded', 'edge'],
  ['lambda function', 'origin'],
  ['invalid origin configuration', 'origin'],
  ['cloudfront attempted to establish a connection with the origin', 'origin'],
  ["wasn't able to resolve the origin domain name", 'origin'],
  ["wasn't able to connect to the origin", 'origin'],
  ['could not connect to the origin', 'origin'],
  ['could not resolve the origin', 'origin'],
];
