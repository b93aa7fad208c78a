import { dayWindow, lookupWindows, oldestRetainedWindow } from './retention-window';

describe('retention windows', () => {
  it('numbers UTC days from the epoch', () => {
    expect(dayWindow(new Date('1970-01-02T00:00:00Z'))).toBe(1);
    expect(dayWindow(new Date('1970-01-01T23:59:59Z'))).toBe(0);
  });

  it('reads the next day and the retained past days, not the current one', () => {
    expect(lookupWindows(100, 3)).toEqual([101, 99, 98]);
    expect(lookupWindows(100, 1)).toEqual([101]);
  });

  it('keeps exactly `retentionDays` days including today', () => {
    expect(oldestRetainedWindow(100, 7)).toBe(94);
    expect(lookupWindows(100, 7).filter((w) => w <= 100)).toHaveLength(6);
  });
});
