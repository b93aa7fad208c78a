import { UsageError, type CliAction, type CommandGroup } from './commands/command-group';
import { entitiesCommand } from './commands/entities.command';
import { feedsCommand } from './commands/feeds.command';
import { ingestCommand } from './commands/ingest.command';
import { keysCommand } from './commands/keys.command';
import { subscriptionsCommand } from './commands/subscriptions.command';

/** Every command group; a new group is one file under commands/ and one line here. */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  ingestCommand,
  feedsCommand,
  keysCommand,
  subscriptionsCommand,
  entitiesCommand,
];

export const USAGE = `usage: npm run newsflow -- <group> <command> [options]

${COMMAND_GROUPS.map((group) => `  ${group.name.padEnd(15)}${group.summary}`).join('\n')}

Run \`npm run newsflow -- <group> help\` for a group's commands.

global options (anywhere on the line):
  --api-url <url>       read-api base URL (env NEWSFLOW_API_URL, default http://127.0.0.1:3000)
  --api-key <token>     read-api key, admin for changes (env NEWSFLOW_API_KEY, default: the demo
                        key npm start writes)

environment:
  NEWSFLOW_INGEST_URL   feed-ingestion base URL, for ingest (default http://127.0.0.1:3001)`;

export interface GlobalOptions {
  readonly apiUrl?: string;
  readonly apiKey?: string;
}

/** Takes --api-url and --api-key out of argv, wherever they are. */
export function extractGlobalOptions(argv: readonly string[]): {
  options: GlobalOptions;
  rest: string[];
} {
  const rest: string[] = [];
  const options: { apiUrl?: string; apiKey?: string } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (flag !== '--api-url' && flag !== '--api-key') {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    if (flag === '--api-url') options.apiUrl = value.replace(/\/+$/, '');
    else options.apiKey = value;
  }
  return { options, rest };
}

/** The action for a command line (without global options); throws UsageError on a mistake. */
export function parseCommandLine(argv: readonly string[]): CliAction {
  const [groupName, ...rest] = argv;
  if (groupName === undefined || ['help', '--help', '-h'].includes(groupName))
    return { kind: 'help', text: USAGE };
  const group = COMMAND_GROUPS.find((candidate) => candidate.name === groupName);
  if (!group) throw new UsageError(`unknown command '${groupName}'\n\n${USAGE}`);
  try {
    return group.parse(rest);
  } catch (error) {
    // node:util parseArgs reports unknown or malformed options as TypeErrors with a code.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError(`${(error as Error).message}\n\n${group.usage}`);
    throw error;
  }
}
