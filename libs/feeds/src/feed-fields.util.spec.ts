import {
  firstDate,
  firstText,
  keepUsableItems,
  toTtlMinutes,
  ttlFromSyndication,
} from './feed-fields.util';
import type { FeedItem } from './parsed-feed.types';

const EMPTY_ITEM: FeedItem = {
  guid: null,
  url: null,
  title: null,
  publishedAt: null,
  author: null,
  summary: null,
  contentHtml: null,
  contentText: null,
};

describe('feed field helpers', () => {
  it('picks the first usable text and the first parseable date', () => {
    expect(firstText(undefined, '  ', 7, ' b ')).toBe('b');
    expect(firstDate('garbage', undefined, '2024-01-02')).toBe('2024-01-02T00:00:00.000Z');
  });

  it('derives minutes from sy:updatePeriod and updateFrequency', () => {
    expect(ttlFromSyndication({ updatePeriod: 'Daily', updateFrequency: 4 })).toBe(360);
    expect(ttlFromSyndication({ updatePeriod: 'weekly' })).toBe(10_080);
    expect(ttlFromSyndication({ updatePeriod: 'hourly', updateFrequency: 0 })).toBe(60);
    expect(ttlFromSyndication({ updatePeriod: 'constructor' })).toBeNull();
    expect(ttlFromSyndication(undefined)).toBeNull();
  });

  it('accepts positive poll intervals only, capped at a year', () => {
    expect(toTtlMinutes(29.6)).toBe(30);
    expect(toTtlMinutes(0)).toBeNull();
    expect(toTtlMinutes(-5)).toBeNull();
    expect(toTtlMinutes(Number.NaN)).toBeNull();
    expect(toTtlMinutes(10_000_000)).toBe(525_600);
  });

  it('drops items with no field at all', () => {
    const kept = { ...EMPTY_ITEM, title: 't' };

    expect(keepUsableItems([EMPTY_ITEM, kept])).toEqual([kept]);
  });
});
