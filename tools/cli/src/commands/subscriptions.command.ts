import { parseArgs } from 'node:util';
import {
  positionals,
  renderJson,
  subCommand,
  UsageError,
  type CliAction,
  type CommandGroup,
} from './command-group';

const USAGE = `usage: npm run newsflow -- subscriptions <command>

  create --name <text> --filter <json> [--webhook <url>]
                        e.g. --filter '{"entityIds":["wikidata:Q90"],"languages":["fr"]}';
                        with a webhook, the signing secret is printed once
  list                  every subscription
  show <id>             one subscription with its webhook delivery status
  pause <id>            stop delivering (needs read-api's pause route)
  resume <id>           deliver again (needs read-api's resume route)
  remove <id>           delete the subscription (its topic expires by retention)`;

function filterJson(raw: string | undefined): unknown {
  if (raw === undefined) throw new UsageError('subscriptions create needs --filter <json>');
  let filter: unknown;
  try {
    filter = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`--filter is not JSON: ${(error as Error).message}`);
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new UsageError('--filter must be a JSON object, e.g. {"sources":["example.org"]}');
  return filter;
}

function parseCreate(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      filter: { type: 'string' },
      webhook: { type: 'string' },
    },
  });
  positionals(args, []);
  if (!values.name) throw new UsageError('subscriptions create needs --name');
  const json = {
    name: values.name,
    filter: filterJson(values.filter),
    ...(values.webhook !== undefined && { webhook: { url: values.webhook } }),
  };
  return {
    kind: 'api',
    call: { method: 'POST', path: '/v1/subscriptions', json, render: renderJson },
  };
}

export const subscriptionsCommand: CommandGroup = {
  name: 'subscriptions',
  summary: 'create, list, show, pause, resume and remove subscriptions',
  usage: USAGE,
  parse(argv): CliAction {
    const known = ['create', 'list', 'show', 'pause', 'resume', 'remove'];
    const command = subCommand(argv, { name: 'subscriptions', usage: USAGE }, known);
    if ('help' in command) return { kind: 'help', text: USAGE };
    const { name, rest } = command;
    if (name === 'create') return parseCreate(rest);
    if (name === 'list') {
      positionals(rest, []);
      return {
        kind: 'api',
        call: { method: 'GET', path: '/v1/subscriptions', render: renderJson },
      };
    }
    const [id = ''] = positionals(rest, ['<id>']);
    const path = `/v1/subscriptions/${encodeURIComponent(id)}`;
    if (name === 'show') return { kind: 'api', call: { method: 'GET', path, render: renderJson } };
    if (name === 'remove')
      return { kind: 'api', call: { method: 'DELETE', path, render: () => `removed ${id}` } };
    return { kind: 'api', call: { method: 'POST', path: `${path}/${name}`, render: renderJson } };
  },
};
