import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/core/required-literals';
import { PROVIDERS } from '../../src/core/providers';

describe('requiredLiterals', () => {
  it('takes the longest run each alternative must contain', () => {
    expect(requiredLiterals(/cf-error-details|cf-wrapper/)).toEqual(['cf-error-details', 'cf-wrapper']);
    expect(requiredLiterals(/performance &(?:amp;)? security by cloudflare/)).toEqual([' security by cloudflare']);
    expect(requiredLiterals(/error code:? ?(?:5\d\d|1\d{3})\b/)).toEqual(['error code']);
    expect(requiredLiterals(/visit cloudflare\.com for more/)).toEqual(['visit cloudflare.com for more']);
    expect(requiredLiterals(/abcx?yz/)).toEqual(['abc']);
  });

  it('gives up when an alternative has no plain run (then the regex is always tried)', () => {
    expect(requiredLiterals(/\d{3}: [a-z]+|plain text/)).toBeUndefined();
    expect(requiredLiterals(/ab|plain/)).toBeUndefined();
    expect(requiredLiterals(/case/i)).toBeUndefined();
  });

  it('never skips a page a signal matches: every match contains one of its literals', () => {
    const signals = PROVIDERS.flatMap((m) => m.pages ?? []).map((s) => s.find).filter((f): f is RegExp => f instanceof RegExp);
    const samples = signals.flatMap((re) => {
      const literals = requiredLiterals(re);
      return literals === undefined ? [] : [{ re, literals }];
    });
    expect(samples.length).toBeGreaterThan(30);
    // Strings built from the signals' own words: most of them match some signal.
    const words = [...new Set(samples.flatMap((s) => s.literals).flatMap((l) => l.split(/\s+/)))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words, ' ', '\n', ':', '500', '1020', '<title>', '</title>', 'x'), { maxLength: 30 }), (parts) => {
      const page = parts.join(' ');
      for (const { re, literals } of samples) {
        const m = re.exec(page);
        if (m !== null) expect(literals.some((l) => m[0].includes(l) || page.includes(l))).toBe(true);
      }
    }), { numRuns: 2000 });
  });
});
