import { parseArgs } from 'node:util';
import {
  positionals,
  renderJson,
  subCommand,
  UsageError,
  type CliAction,
  type CommandGroup,
} from './command-group';

const USAGE = `usage: npm run newsflow -- keys <command>          (needs an admin key)

  create --name <text> --scopes read[,admin]   create an API key; the token is printed once
  list                                          every key, without secrets
  revoke <id>                                   revoke a key at once`;

const SCOPES = new Set(['read', 'admin']);

export const keysCommand: CommandGroup = {
  name: 'keys',
  summary: 'create, list and revoke read-api keys',
  usage: USAGE,
  parse(argv): CliAction {
    const command = subCommand(argv, { name: 'keys', usage: USAGE }, ['create', 'list', 'revoke']);
    if ('help' in command) return { kind: 'help', text: USAGE };
    const { name, rest } = command;
    if (name === 'list') {
      positionals(rest, []);
      return {
        kind: 'api',
        call: { method: 'GET', path: '/v1/admin/api-keys', render: renderJson },
      };
    }
    if (name === 'revoke') {
      const [id = ''] = positionals(rest, ['<id>']);
      return {
        kind: 'api',
        call: {
          method: 'DELETE',
          path: `/v1/admin/api-keys/${encodeURIComponent(id)}`,
          render: () => `revoked ${id}`,
        },
      };
    }
    const { values, positionals: args } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { name: { type: 'string' }, scopes: { type: 'string' } },
    });
    positionals(args, []);
    if (!values.name) throw new UsageError('keys create needs --name');
    const scopes = (values.scopes ?? '')
      .split(',')
      .map((scope) => scope.trim())
      .filter(Boolean);
    if (scopes.length === 0 || !scopes.every((scope) => SCOPES.has(scope)))
      throw new UsageError('--scopes must list read and/or admin, e.g. --scopes read');
    return {
      kind: 'api',
      call: {
        method: 'POST',
        path: '/v1/admin/api-keys',
        json: { name: values.name, scopes },
        render: renderJson,
      },
    };
  },
};
