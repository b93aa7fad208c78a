import { parseBenchIngestArguments } from './bench-ingest-arguments';
import { measureThroughput, percentile } from './bench-timing';

describe('bench:ingest timing', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('runs every input once to warm up and then once per round', () => {
    const seen: number[] = [];
    const figures = measureThroughput([1, 2, 3], 2, (n) => seen.push(n));
    expect(seen).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3]);
    expect(figures.documents).toBe(6);
    expect(figures.perWallSecond).toBeGreaterThan(0);
  });

  it('needs a data folder and a sane number of rounds', () => {
    expect(() => parseBenchIngestArguments([])).toThrow(/--pages and\/or --feeds/);
    expect(() => parseBenchIngestArguments(['--pages', 'x', '--rounds', '0'])).toThrow(/--rounds/);
    expect(parseBenchIngestArguments(['--feeds', 'f'])).toEqual({
      pages: null,
      feeds: 'f',
      rounds: 3,
    });
  });
});
