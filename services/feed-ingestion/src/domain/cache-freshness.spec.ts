import { freshnessOf, type CacheHeaders } from './cache-freshness';

const now = new Date('2026-03-02T12:00:00Z');
const none: CacheHeaders = { cacheControl: null, expires: null, date: null };

describe('freshnessOf', () => {
  it.each<[string, Partial<CacheHeaders>, number | null, string | null]>([
    ['no headers', {}, null, null],
    ['max-age', { cacheControl: 'public, max-age=600' }, 600, 'cache-control max-age 600s'],
    [
      'quoted max-age, odd case',
      { cacheControl: 'Max-Age="120"' },
      120,
      'cache-control max-age 120s',
    ],
    ['max-age=0', { cacheControl: 'max-age=0' }, null, null],
    ['no-cache wins', { cacheControl: 'no-cache, max-age=600' }, null, null],
    ['no-store', { cacheControl: 'no-store' }, null, null],
    ['garbage max-age', { cacheControl: 'max-age=-5' }, null, null],
    ['s-maxage is for shared caches', { cacheControl: 's-maxage=900' }, null, null],
    [
      'max-age beats Expires',
      { cacheControl: 'max-age=60', expires: 'Mon, 02 Mar 2026 13:00:00 GMT' },
      60,
      'cache-control max-age 60s',
    ],
    [
      'Expires against Date',
      { expires: 'Mon, 02 Mar 2026 13:00:00 GMT', date: 'Mon, 02 Mar 2026 12:55:00 GMT' },
      300,
      'expires in 300s',
    ],
    [
      'Expires against our clock',
      { expires: 'Mon, 02 Mar 2026 12:10:00 GMT' },
      600,
      'expires in 600s',
    ],
    ['Expires in the past', { expires: 'Mon, 02 Mar 2026 11:00:00 GMT' }, null, null],
    ['Expires: 0', { expires: '0' }, null, null],
    [
      'absurdly long header',
      { cacheControl: `max-age=60,${'x'.repeat(5000)}`, expires: 'x'.repeat(5000) },
      60,
      'cache-control max-age 60s',
    ],
  ])('%s', (_name, headers, seconds, rule) => {
    const freshness = freshnessOf({ ...none, ...headers }, now);
    expect(freshness?.seconds ?? null).toBe(seconds);
    expect(freshness?.rule ?? null).toBe(rule);
  });
});
