import type { SyNs } from 'feedsmith';

import { cleanText } from './clean-text.util';
import { parseFeedDate } from './feed-date.util';
import { htmlToText, looksLikeHtml } from './html-to-text.util';
import type { FeedItem } from './parsed-feed.types';

const MINUTES_PER_PERIOD: ReadonlyMap<string, number> = new Map([
  ['hourly', 60],
  ['daily', 1_440],
  ['weekly', 10_080],
  ['monthly', 43_200],
  ['yearly', 525_600],
]);
// A year: anything longer is a typo or a joke, and would stall polling for good.
const MAX_TTL_MINUTES = 525_600;

/** The first value that cleans to non-empty text. */
export function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = cleanText(value);
    if (text !== null) return text;
  }
  return null;
}

/** The first value that parses as a date, as ISO-8601 UTC; unparseable candidates are skipped. */
export function firstDate(...values: unknown[]): string | null {
  for (const value of values) {
    const date = parseFeedDate(cleanText(value));
    if (date !== null) return date;
  }
  return null;
}

/** Plain text of a field that carries HTML. */
export function textOfHtml(value: unknown): string | null {
  const html = cleanText(value);
  return html === null ? null : cleanText(htmlToText(html));
}

/** Plain text of a field meant to be text that some publishers fill with HTML anyway. */
export function textOfLooseField(value: unknown): string | null {
  const text = cleanText(value);
  return text !== null && looksLikeHtml(text) ? textOfHtml(text) : text;
}

/** Whole minutes between polls, or null when the value is not a usable interval. */
export function toTtlMinutes(minutes: unknown): number | null {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) return null;
  return Math.min(Math.max(Math.round(minutes), 1), MAX_TTL_MINUTES);
}

/** Poll interval from the syndication module: updatePeriod divided by updateFrequency. */
export function ttlFromSyndication(sy: SyNs.Feed<string> | undefined): number | null {
  const period = MINUTES_PER_PERIOD.get(cleanText(sy?.updatePeriod)?.toLowerCase() ?? '');
  if (period === undefined) return null;
  const frequency = sy?.updateFrequency;
  const perPeriod =
    typeof frequency === 'number' && Number.isFinite(frequency) && frequency > 0 ? frequency : 1;
  return toTtlMinutes(period / perPeriod);
}

/** Drops items that carry nothing we could store or deduplicate on. */
export function keepUsableItems(items: readonly FeedItem[]): FeedItem[] {
  return items.filter((item) => Object.values(item).some((value) => value !== null));
}
