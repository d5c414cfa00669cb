import { describe, expect, it } from 'vitest';
import { baselineFor, isOutage, referenceWindows } from '../../collector/outages/baseline';

const W = 1_741_953_600; // 2025-03-14T12:00:00Z
const DAY = 86_400;

describe('the outage baseline', () => {
  it('reads the same hour of day (±30 min) over the previous 7 days once 3 days of history exist', () => {
    const { basis, windows } = referenceWindows(W, W - 30 * DAY);
    expect(basis).toBe('hour-of-day');
    expect(windows).toHaveLength(7 * 12);
    expect(windows).toContain(W - DAY - 1800);
    expect(windows).not.toContain(W - DAY + 1800);
    expect(windows).not.toContain(W);
    expect(referenceWindows(W, W - 4 * DAY).windows).toHaveLength(3 * 12 + 6); // only windows the collector saw
  });

  it('falls back to the previous 6 hours, minus the last 30 minutes, when history is short', () => {
    const { basis, windows } = referenceWindows(W, W - 2 * DAY);
    expect(basis).toBe('recent-hours');
    expect(windows).toHaveLength(66);
    expect(Math.max(...windows)).toBe(W - 2100);
    expect(referenceWindows(W, W - 3600).windows).toHaveLength(6); // collector started an hour ago
    expect(referenceWindows(W, W)).toEqual({ basis: 'recent-hours', windows: [] });
  });

  it('counts windows without reports as zeros', () => {
    expect(baselineFor(new Map([[W - 6 * 3600, 66]]), W, W - 2 * DAY)).toEqual({ basis: 'recent-hours', mean: 1 });
  });

  it("has no baseline in the collector's first hour", () => {
    expect(baselineFor(new Map(), W, W - 3300)).toEqual({ basis: 'none', mean: 0 });
    expect(baselineFor(new Map(), W, W - 3600)).toEqual({ basis: 'recent-hours', mean: 0 });
  });

  it('calls an outage only well above the baseline and never under k', () => {
    expect(isOutage(5, 0, 5)).toBe(true);
    expect(isOutage(4, 0, 5)).toBe(false);
    expect(isOutage(8, 6, 5)).toBe(false); // under three times the usual
    expect(isOutage(18, 6, 5)).toBe(true);
    expect(isOutage(300, 100, 5)).toBe(true);
    expect(isOutage(250, 100, 5)).toBe(false);
    expect(isOutage(7, 1.5, 5)).toBe(true);
    expect(isOutage(6, 1.5, 5)).toBe(false); // 4.5 over the usual, under 4 deviations (4.9)
  });
});
