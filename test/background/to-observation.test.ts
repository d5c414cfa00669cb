import { describe, expect, it } from 'vitest';
import { toObservation } from '../../src/background/to-observation';

const base = {
  requestId: '1', frameId: 0, parentFrameId: -1, method: 'GET', tabId: 4, timeStamp: 10,
  type: 'main_frame', url: 'https://shop.example/', documentLifecycle: 'active', frameType: 'outermost_frame',
} as const;

describe('toObservation', () => {
  it('picks a response: status, status line, the headers as given', () => {
    const observation = toObservation({
      ...base,
      statusCode: 522,
      statusLine: 'HTTP/1.1 522',
      responseHeaders: [{ name: 'Server', value: 'cloudflare', binaryValue: [1] }],
    });
    expect(observation).toEqual({
      url: 'https://shop.example/', type: 'main_frame', tabId: 4, requestId: '1', timeStamp: 10,
      statusCode: 522, statusLine: 'HTTP/1.1 522', responseHeaders: [{ name: 'Server', value: 'cloudflare', binaryValue: [1] }],
    });
  });

  it('copies a network error and the server address', () => {
    const observation = toObservation({ ...base, error: 'net::ERR_CONNECTION_TIMED_OUT', fromCache: false, ip: '104.16.0.1' });
    expect(observation).toEqual({
      url: 'https://shop.example/', type: 'main_frame', tabId: 4, requestId: '1', timeStamp: 10,
      error: 'net::ERR_CONNECTION_TIMED_OUT', ip: '104.16.0.1',
    });
  });
});
