// Every failure as a small JSON body with a stable code; nothing about the request is echoed back or logged.
import type { FastifyError } from 'fastify';
import { READS_BUSY } from './outages/read-cache';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

const BY_CODE: Readonly<Record<string, Omit<ErrorBody, 'statusCode'> & { status: number; retryAfter?: number }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'body-too-large', message: 'The request body is larger than the collector accepts (64 KiB).' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported-media-type', message: 'Send the batch as application/json.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'malformed-json', message: 'The body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'malformed-json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'bad-request', message: 'The body does not match its Content-Length.' },
  [READS_BUSY]: { status: 503, error: 'busy', message: 'Too many new questions are being answered; retry shortly.', retryAfter: 1 },
};

export function errorBody(error: FastifyError): ErrorBody {
  if (error.validation !== undefined) {
    const what = error.validationContext === 'body' ? 'invalid-batch' : 'invalid-request';
    return { statusCode: 400, error: what, message: error.message.slice(0, 300) };
  }
  const known = error.code === undefined ? undefined : BY_CODE[error.code];
  if (known !== undefined) return { statusCode: known.status, error: known.error, message: known.message };
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { statusCode: status, error: 'bad-request', message: error.message.slice(0, 300) };
  return { statusCode: 500, error: 'internal', message: 'The collector failed; try again later.' };
}

/** Seconds to send as Retry-After with this error's answer, if the client should simply come back. */
export function retryAfter(error: FastifyError): number | undefined {
  return error.code === undefined ? undefined : BY_CODE[error.code]?.retryAfter;
}
