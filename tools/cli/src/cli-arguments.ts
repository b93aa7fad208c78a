import { parseArgs } from 'node:util';
import { UsageError } from './commands/command-group';

export interface IngestCommand {
  readonly kind: 'ingest';
  /** A local .txt/.html file, or an http(s) URL for feed-ingestion to fetch. */
  readonly target: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly timeoutSeconds: number;
}

export interface HelpCommand {
  readonly kind: 'help';
}

export const INGEST_USAGE = `usage: npm run newsflow -- ingest <file-or-url> [options]

Pushes a local text or HTML file, or a URL, into the running pipeline and prints the
published article as JSON once it is stored.

options:
  --source <id>         source id to attribute the article to (default: the URL's host, or "cli")
  --title <text>        headline, when the file does not carry one
  --url <url>           the page's original URL, for a local file
  --published-at <iso>  publication time, ISO-8601
  --timeout <seconds>   how long to wait for publication (default 60)`;

/** Parses what follows `ingest`; throws an Error whose message is fit for the terminal. */
export function parseIngestArguments(argv: readonly string[]): IngestCommand | HelpCommand {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      'published-at': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [target, ...rest] = positionals;
  if (values.help || target === 'help') return { kind: 'help' };
  if (target === undefined) throw new UsageError(`ingest needs a file or URL\n\n${INGEST_USAGE}`);
  if (rest.length > 0) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
  const timeoutSeconds = values.timeout === undefined ? 60 : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    throw new UsageError('--timeout must be a positive number of seconds');
  if (values['published-at'] !== undefined && Number.isNaN(Date.parse(values['published-at']))) {
    throw new UsageError('--published-at must be an ISO-8601 date');
  }
  return {
    kind: 'ingest',
    target,
    source: values.source ?? null,
    title: values.title ?? null,
    url: values.url ?? null,
    publishedAt: values['published-at'] ? new Date(values['published-at']).toISOString() : null,
    timeoutSeconds,
  };
}
