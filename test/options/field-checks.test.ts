import { beforeAll, describe, expect, it } from 'vitest';
import options from '../../src/locales/en/options.json';
import { checkServiceUrl, checkWholeNumber } from '../../src/options/field-checks';
import { useCatalogs } from '../../src/shared/i18n';

beforeAll(() => useCatalogs(options));

describe('field checks', () => {
  it('take a whole number within its bounds', () => {
    expect(checkWholeNumber('7', { min: 1, max: 365 })).toEqual({ value: 7 });
    expect(checkWholeNumber(' 365 ', { min: 1, max: 365 })).toEqual({ value: 365 });
    for (const text of ['', '0', '366', '1.5', '1e2', '-3', 'seven', '0x10', '99999999999999999999']) {
      expect(checkWholeNumber(text, { min: 1, max: 365 }), text).toEqual({ error: 'Enter a whole number from 1 to 365.' });
    }
  });

  it('take an https base URL without its trailing slash, or nothing when allowed', () => {
    expect(checkServiceUrl(' https://archive.org/ ', { required: true })).toEqual({ value: 'https://archive.org' });
    expect(checkServiceUrl('https://mg.example/base//', { required: true })).toEqual({ value: 'https://mg.example/base' });
    expect(checkServiceUrl('', { required: false })).toEqual({ value: '' });
    expect(checkServiceUrl('  ', { required: true })).toEqual({ error: 'Enter an address.' });
  });

  it('say in words why an address is refused', () => {
    expect(checkServiceUrl('http://archive.org', { required: true })).toEqual({ error: 'Only https:// addresses are allowed.' });
    expect(checkServiceUrl('javascript:alert(1)', { required: false })).toEqual({ error: 'Only https:// addresses are allowed.' });
    expect(checkServiceUrl('archive.org', { required: true })).toEqual({ error: 'This is not a full web address; it must start with https://.' });
    expect(checkServiceUrl('https://u:p@archive.org', { required: true })).toEqual({ error: 'The address must not contain a user name or password.' });
    expect(checkServiceUrl('https://archive.org/?a=1', { required: true })).toEqual({ error: 'The address must not contain a query (?…) or fragment (#…).' });
  });
});
