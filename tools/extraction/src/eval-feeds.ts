// `npm run eval:feeds -- <dir>`: not yet. Scoring the feed parser needs parseFeedDocument, which
// lives in the feed-ingestion service (adapters/feeds); tools may not import application code,
// so this waits until the parser is moved into a library.
process.stderr.write(
  'eval:feeds: not yet implemented: the feed parser (parseFeedDocument) still lives in ' +
    'services/feed-ingestion/src/adapters/feeds, which tools may not import. It needs to move ' +
    'into a library first.\n',
);
process.exit(2);
