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

  it('writes and reads the window of `retentionDays` days it falls in, and the next', () => {
    expect(bucketWindows(100, 3)).toEqual({ write: [99, 102], read: [99, 102] });
    expect(bucketWindows(101, 3)).toEqual({ write: [99, 102], read: [99, 102] });
    expect(bucketWindows(102, 3)).toEqual({ write: [102, 105], read: [102, 105] });
    expect(bucketWindows(100, 1)).toEqual({ write: [100, 101], read: [100, 101] });
  });

  it('lets an article meet every retained earlier article, and racing ones across a boundary', () => {
    for (const retention of [1, 2, 3, 7, 30]) {
      for (let reader = 200; reader < 200 + 2 * retention; reader += 1) {
        const read = bucketWindows(reader, retention).read;
        const meets = (day: number) =>
          bucketWindows(day, retention).write.some((window) => read.includes(window));
        for (let day = oldestRetainedWindow(reader, retention); day <= reader; day += 1)
          expect([retention, reader, day, meets(day)]).toEqual([retention, reader, day, true]);
        // A writer whose clock runs a day ahead meets it too.
        expect(meets(reader + 1)).toBe(true);
      }
    }
  });

  it('drops only bucket windows that nobody reads, even with a clock a day behind', () => {
    for (const retention of [1, 3, 7]) {
      for (let today = 300; today < 300 + 2 * retention; today += 1) {
        const oldest = oldestReadBucketWindow(today, retention);
        const readToday = [
          ...bucketWindows(today, retention).read,
          ...bucketWindows(today - 1, retention).read,
        ];
        expect(readToday.every((window) => window >= oldest)).toBe(true);
        expect(readToday).toContain(oldest);
      }
    }
    expect(oldestReadBucketWindow(100, 1)).toBe(99);
  });
});
