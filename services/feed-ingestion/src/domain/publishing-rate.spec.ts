import { describeRate, updateArrivalEstimate, type ArrivalEstimate } from './publishing-rate';

const now = new Date('2026-03-02T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('updateArrivalEstimate', () => {
  it('starts from the gaps between the items of a first poll', () => {
    const times = [0, 10, 20, 30, 40].map(minutesAgo);
    expect(updateArrivalEstimate(null, times, now, null)).toEqual({
      meanIntervalSeconds: 600,
      lastItemAt: now,
    });
  });

  it('weights new gaps by 0.3 and measures from the newest item known', () => {
    const previous: ArrivalEstimate = {
      meanIntervalSeconds: 600,
      lastItemAt: new Date(minutesAgo(60)),
    };
    const next = updateArrivalEstimate(previous, [minutesAgo(0)], now, new Date(minutesAgo(5)));
    // one gap of 3600 s: 0.3 × 3600 + 0.7 × 600
    expect(next?.meanIntervalSeconds).toBeCloseTo(1500);
    expect(next?.lastItemAt).toEqual(now);
  });

  it.each<[string, ArrivalEstimate | null, (string | null)[], Date | null, ArrivalEstimate | null]>(
    [
      [
        'no new items keeps the estimate',
        { meanIntervalSeconds: 600, lastItemAt: now },
        [],
        null,
        { meanIntervalSeconds: 600, lastItemAt: now },
      ],
      ['no new items and nothing known', null, [], null, null],
      [
        'one first item: a start, no interval',
        null,
        [minutesAgo(3)],
        null,
        { meanIntervalSeconds: null, lastItemAt: new Date(minutesAgo(3)) },
      ],
      ['undated items on a first poll say nothing', null, [null, null], null, null],
      [
        'undated items spread over the time since the last poll',
        null,
        [null, null],
        new Date(minutesAgo(20)),
        { meanIntervalSeconds: 600, lastItemAt: now },
      ],
      [
        'a future date counts as now',
        null,
        ['2030-01-01T00:00:00Z', minutesAgo(10)],
        null,
        { meanIntervalSeconds: 600, lastItemAt: now },
      ],
    ],
  )('%s', (_name, previous, published, previousPollAt, expected) => {
    expect(updateArrivalEstimate(previous, published, now, previousPollAt)).toEqual(expected);
  });

  it('reads at most the newest 31 items of a large backlog', () => {
    const backlog = Array.from({ length: 500 }, (_, k) => minutesAgo(k * (k < 31 ? 1 : 600)));
    expect(updateArrivalEstimate(null, backlog, now, null)?.meanIntervalSeconds).toBe(60);
  });
});

describe('describeRate', () => {
  it.each([
    [300, '~12 items/h'],
    [1800, '~2 items/h'],
    [2400, '~1.5 items/h'],
    [7200, '~0.5 items/h'],
    [0, '~3600 items/h'],
  ])('%i s between items → %s', (mean, text) => {
    expect(describeRate(mean)).toBe(text);
  });
});
