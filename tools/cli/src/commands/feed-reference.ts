import { UsageError } from './command-group';

/**
 * The read-api feed id for an id or a URL typed by an operator. read-api ids are `feed_` +
 * base64url of the registered URL, which is the WHATWG form without fragment — computed here
 * the same way so `feeds pause https://…` needs no look-up.
 */
export function feedIdFromReference(reference: string): string {
  if (/^feed_[A-Za-z0-9_-]+$/.test(reference)) return reference;
  let url: URL;
  try {
    url = new URL(reference.trim());
  } catch {
    throw new UsageError(`'${reference.slice(0, 80)}' is neither a feed id (feed_…) nor a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`feed URLs are http or https, not ${url.protocol}`);
  url.hash = '';
  return `feed_${Buffer.from(url.href, 'utf8').toString('base64url')}`;
}
