// Times one call at a time with the clock's own cost subtracted, and reports median and p99 in ns.
// Each input is prepared just before its call, outside the timing, as the browser hands a listener a
// details object it has just built (cycling through thousands of old objects would time cache misses).
export interface Figure { median: number; p99: number; unit: 'ns' }

export function measure<T>(prepare: (i: number) => T, run: (input: T) => unknown, samples: number): Figure {
  const overhead = clockCost();
  const times = new Float64Array(samples);
  let sink = 0;
  for (let i = 0; i < samples; i++) {
    const input = prepare(i);
    const t0 = process.hrtime.bigint();
    const out = run(input);
    const t1 = process.hrtime.bigint();
    times[i] = Math.max(0, Number(t1 - t0) - overhead);
    if (out !== undefined) sink++;
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  times.sort();
  return { median: round(quantile(times, 0.5)), p99: round(quantile(times, 0.99)), unit: 'ns' };
}

function clockCost(): number {
  const n = 20_000;
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const t1 = process.hrtime.bigint();
    times[i] = Number(t1 - t0);
  }
  times.sort();
  return quantile(times, 0.5);
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const round = (n: number): number => Math.round(n);
