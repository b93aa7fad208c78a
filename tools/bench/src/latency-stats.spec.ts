import { quantile, ratePerSecond } from './latency-stats';

describe('latency stats', () => {
  it('takes nearest-rank quantiles', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 0.99)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('measures a rate from first to last timestamp', () => {
    expect(ratePerSecond([0, 500, 1000])).toBe(2);
    expect(ratePerSecond([7])).toBeNaN();
  });
});
