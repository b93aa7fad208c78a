import { parseArgs } from 'node:util';
import {
  positionals,
  query,
  renderJson,
  renderTable,
  subCommand,
  UsageError,
  type CliAction,
  type CommandGroup,
} from './command-group';
import { feedIdFromReference } from './feed-reference';

const USAGE = `usage: npm run newsflow -- feeds <command>

  add <url> [--title <text>] [--kind feed|sitemap] [--min-interval <s>] [--max-interval <s>]
                       register a feed; it is polled at once
  list [--health new|healthy|degraded|broken] [--paused true|false] [--removed] [--json]
                       every registered feed (all pages) with health and next poll
  show <id|url>        one feed: health, last status and error, items seen, next poll and why
  pause <id|url>       stop polling, keep the state
  resume <id|url>      poll again, at once
  remove <id|url>      never poll again (history kept; add it again to bring it back)
  import <file.opml>   register every feed of an OPML subscription list
  export               print every registered feed as OPML`;

interface FeedRow {
  url: string;
  title: string | null;
  status: string;
  health: string;
  itemsSeen: number;
  nextPollAt: string | null;
  nextPollReason: string;
  lastError: { message: string } | null;
}

interface ImportAnswer {
  added: number;
  alreadyPresent: number;
  invalid: number;
  problems: { entry: string; reason: string }[];
}

const interval = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0)
    throw new UsageError(`${flag} must be a whole number of seconds`);
  return seconds;
};

function parseAdd(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      kind: { type: 'string' },
      'min-interval': { type: 'string' },
      'max-interval': { type: 'string' },
    },
  });
  const [url = ''] = positionals(args, ['<url>']);
  if (values.kind !== undefined && values.kind !== 'feed' && values.kind !== 'sitemap')
    throw new UsageError('--kind must be feed or sitemap');
  const json = {
    url,
    ...(values.title !== undefined && { title: values.title }),
    ...(values.kind !== undefined && { kind: values.kind }),
    ...(values['min-interval'] !== undefined && {
      minIntervalSeconds: interval(values['min-interval'], '--min-interval'),
    }),
    ...(values['max-interval'] !== undefined && {
      maxIntervalSeconds: interval(values['max-interval'], '--max-interval'),
    }),
  };
  return { kind: 'api', call: { method: 'POST', path: '/v1/feeds', json, render: renderJson } };
}

function parseList(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      health: { type: 'string' },
      paused: { type: 'string' },
      removed: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  positionals(args, []);
  if (values.paused !== undefined && values.paused !== 'true' && values.paused !== 'false')
    throw new UsageError('--paused must be true or false');
  const path = `/v1/feeds${query({
    health: values.health,
    paused: values.paused,
    removed: values.removed ? 'true' : undefined,
    limit: '500',
  })}`;
  const render = values.json ? renderJson : (answer: unknown) => feedTable(answer as FeedRow[]);
  return { kind: 'api', call: { method: 'GET', path, allPages: true, render } };
}

function byReference(rest: string[], action: string): CliAction {
  const [reference = ''] = positionals(rest, ['<id|url>']);
  const id = feedIdFromReference(reference);
  const call =
    action === 'show'
      ? { method: 'GET' as const, path: `/v1/feeds/${id}` }
      : action === 'remove'
        ? { method: 'DELETE' as const, path: `/v1/feeds/${id}` }
        : { method: 'POST' as const, path: `/v1/feeds/${id}/${action}` };
  const render =
    action === 'remove' ? () => `removed ${reference}` : (answer: unknown) => renderJson(answer);
  return { kind: 'api', call: { ...call, render } };
}

function parseImport(rest: string[]): CliAction {
  const [file = ''] = positionals(rest, ['<file.opml>']);
  return {
    kind: 'api',
    call: {
      method: 'POST',
      path: '/v1/feeds/import',
      upload: { file, contentType: 'text/x-opml' },
      render: (answer) => importSummary(answer as ImportAnswer),
    },
  };
}

export const feedsCommand: CommandGroup = {
  name: 'feeds',
  summary: 'register, list, pause, resume, remove, import and export feeds',
  usage: USAGE,
  parse(argv) {
    const known = ['add', 'list', 'show', 'pause', 'resume', 'remove', 'import', 'export'];
    const command = subCommand(argv, { name: 'feeds', usage: USAGE }, known);
    if ('help' in command) return { kind: 'help', text: USAGE };
    const { name, rest } = command;
    if (name === 'add') return parseAdd(rest);
    if (name === 'list') return parseList(rest);
    if (name === 'import') return parseImport(rest);
    if (name === 'export') {
      positionals(rest, []);
      return { kind: 'api', call: { method: 'GET', path: '/v1/feeds/export', render: renderJson } };
    }
    return byReference(rest, name);
  },
};

export function feedTable(feeds: readonly FeedRow[]): string {
  if (feeds.length === 0) return 'no feeds';
  const rows = feeds.map((feed) => [
    feed.status,
    feed.health,
    String(feed.itemsSeen),
    feed.nextPollAt ?? '-',
    feed.lastError ? `${feed.nextPollReason} (${feed.lastError.message})` : feed.nextPollReason,
    feed.title ? `${feed.url}  ${feed.title}` : feed.url,
  ]);
  return renderTable(['STATUS', 'HEALTH', 'ITEMS', 'NEXT POLL', 'WHY', 'URL'], rows);
}

export function importSummary(answer: ImportAnswer): string {
  const lines = [
    `added ${answer.added}, already present ${answer.alreadyPresent}, invalid ${answer.invalid}`,
  ];
  for (const problem of answer.problems)
    lines.push(`  invalid: ${problem.entry}: ${problem.reason}`);
  return lines.join('\n');
}
