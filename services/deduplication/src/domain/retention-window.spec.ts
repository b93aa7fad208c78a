import {
  bucketWindows,
  dayWindow,
  oldestReadBucketWindow,
  oldestRetainedWindow,
} from './retention-window';

describe('retention windows', () => {
  it('numbers UTC days from the epoch', () => {
    expect(dayWindow(new Date('1970-01-02T00:00:00Z'))).toBe(1);
    expect(dayWindow(new Date('1970-01-01T23:59:59Z'))).toBe(0);
  });

  it('keeps exactly `retentionDays` days including today', () => {
    expect(oldestRetainedWindow(100, 7)).toBe(94);
  });

  it('writes forward through retention and reads today and tomorrow', () => {
    expect(bucketWindows(100, 3)).toEqual({ write: [100, 101, 102], read: [100, 101] });
    expect(bucketWindows(100, 1)).toEqual({ write: [100, 101], read: [100, 101] });
  });

  it('lets an article read every retained earlier day through its own window', () => {
    const retention = 7;
    const reader = bucketWindows(100, retention).read;
    const found = (day: number) =>
      bucketWindows(day, retention).write.some((window) => reader.includes(window));
    expect([94, 95, 96, 97, 98, 99, 100, 101].every(found)).toBe(true);
    expect(found(93)).toBe(false);
    // Two articles racing across midnight both read a window both wrote.
    const before = bucketWindows(99, retention);
    const after = bucketWindows(100, retention);
    const shared = before.read.filter((w) => after.read.includes(w));
    expect(shared.some((w) => before.write.includes(w) && after.write.includes(w))).toBe(true);
    expect(oldestReadBucketWindow(100)).toBe(99);
  });
});
