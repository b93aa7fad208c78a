import type { FeedView } from './feed-view';

/** An OPML 2.0 subscription list of the given feeds, readable by any feed reader. */
export function writeOpml(feeds: readonly FeedView[], now: Date, title = 'Newsflow feeds'): string {
  const outlines = feeds.map((feed) => {
    const label = escapeAttribute(feed.title ?? feed.url);
    return `    <outline type="rss" text="${label}" title="${label}" xmlUrl="${escapeAttribute(feed.url)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

/** Escapes for attribute values and text alike; control characters XML forbids are dropped. */
function escapeAttribute(value: string): string {
  return Array.from(value)
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
