import { parseArgs } from 'node:util';
import {
  positionals,
  query,
  renderJson,
  subCommand,
  UsageError,
  type ApiCall,
  type CliAction,
  type CommandGroup,
} from './command-group';
import {
  entityPath,
  entityType,
  EXTERNAL_ID_OPTIONS,
  externalIds,
  wholeNumber,
} from './entity-options';
import {
  candidateTable,
  entityTable,
  type CandidateRow,
  type EntityRow,
  type MergeAnswer,
} from './entity-tables';

const USAGE = `usage: npm run newsflow -- entities <command>     (changes need an admin key)

  search [<prefix>] [--type <t>] [--status active|blocked|merged] [--limit 1-100] [--json]
                       autocomplete on any word of a name or alias, active first
  show <id>            one entity with its merged ids and article count (a merged id shows
                       its survivor)
  add --type <t> --name <text> [--alias <text>]... [--wikidata Q…] [--geonames <n>]
      [--iso3166 <CC>] [--id <id>]
                       id defaults to wikidata:<Q…>, else local:<type>:<slug>
  update <id> [--name <text>] [--type <t>] [--alias <text>]... [--no-aliases]
      [--wikidata Q…] [--geonames <n>] [--iso3166 <CC>] [--revision <n>]
                       --alias replaces every alias; external ids replace the stored ones;
                       --revision refuses the change if someone changed the entity since
  merge <into-id> <from-id>...
                       fold duplicates into one active entity
  block <id> [--name <text>] [--type <t>]
                       never emit this id or its names (also a local: id of noise)
  unblock <id>         emit a blocked entity again
  candidates [--type <t>] [--min-articles <n>] [--days 1-365] [--limit 1-200] [--json]
                       entities taggers found that the vocabulary lacks
  promote <key> [--id <id>] [--name <text>] [--type <t>] [--alias <text>]... [--wikidata Q…]
                       accept a candidate (key local:<type>:<slug>), optionally under a Wikidata id

  <t> is person, organisation or place; ids look like wikidata:Q90, geonames:2988507 or
  local:person:jane-doe`;

const api = (call: Omit<ApiCall, 'render'>): CliAction => ({
  kind: 'api',
  call: { render: renderJson, ...call },
});

function parseSearch(rest: string[]): CliAction {
  const { values, positionals: words } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      status: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (values.status !== undefined && !['active', 'blocked', 'merged'].includes(values.status))
    throw new UsageError('--status must be active, blocked or merged');
  const path = `/v1/entities${query({
    // Several words are one prefix: `search bashar al` finds "Bashar al-Assad".
    prefix: words.length > 0 ? words.join(' ') : undefined,
    type: entityType(values.type),
    status: values.status,
    limit: wholeNumber(values.limit, '--limit', 1, 100),
  })}`;
  const render = values.json ? renderJson : (answer: unknown) => entityTable(answer as EntityRow[]);
  return { kind: 'api', call: { method: 'GET', path, render } };
}

function parseAdd(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      name: { type: 'string' },
      alias: { type: 'string', multiple: true },
      id: { type: 'string' },
      ...EXTERNAL_ID_OPTIONS,
    },
  });
  positionals(args, []);
  if (values.type === undefined) throw new UsageError('entities add needs --type');
  if (values.name === undefined) throw new UsageError('entities add needs --name');
  if (values.id !== undefined) entityPath(values.id);
  const ids = externalIds(values);
  const json = {
    type: entityType(values.type),
    name: values.name,
    ...(values.alias !== undefined && { aliases: values.alias }),
    ...(ids !== undefined && { externalIds: ids }),
    ...(values.id !== undefined && { id: values.id }),
  };
  return api({ method: 'POST', path: '/v1/entities', json });
}

function parseUpdate(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      name: { type: 'string' },
      alias: { type: 'string', multiple: true },
      'no-aliases': { type: 'boolean' },
      revision: { type: 'string' },
      ...EXTERNAL_ID_OPTIONS,
    },
  });
  const [id = ''] = positionals(args, ['<id>']);
  if (values.alias !== undefined && values['no-aliases'])
    throw new UsageError('give --alias or --no-aliases, not both');
  const ids = externalIds(values);
  const revision = wholeNumber(values.revision, '--revision', 1, Number.MAX_SAFE_INTEGER);
  const json = {
    ...(values.name !== undefined && { name: values.name }),
    ...(values.type !== undefined && { type: entityType(values.type) }),
    ...(values.alias !== undefined && { aliases: values.alias }),
    ...(values['no-aliases'] && { aliases: [] }),
    ...(ids !== undefined && { externalIds: ids }),
  };
  if (Object.keys(json).length === 0)
    throw new UsageError('nothing to change: give --name, --type, --alias, --no-aliases or an id');
  return api({
    method: 'PATCH',
    path: entityPath(id),
    json: { ...json, ...(revision !== undefined && { revision: Number(revision) }) },
  });
}

function parseMerge(rest: string[]): CliAction {
  const { positionals: args } = parseArgs({ args: rest, allowPositionals: true, options: {} });
  const [into = '', ...from] = args;
  if (args.length < 2) throw new UsageError(`missing ${into ? '<from-id>' : '<into-id>'}`);
  const path = `${entityPath(into)}/merge`;
  from.forEach(entityPath);
  const render = (answer: unknown) => {
    const { into: survivor, merged } = answer as MergeAnswer;
    return `merged ${merged.join(', ')} into ${survivor.id} (${survivor.name})`;
  };
  return { kind: 'api', call: { method: 'POST', path, json: { from }, render } };
}

function parseBlock(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: 'string' }, type: { type: 'string' } },
  });
  const [id = ''] = positionals(args, ['<id>']);
  const json = {
    ...(values.name !== undefined && { name: values.name }),
    ...(values.type !== undefined && { type: entityType(values.type) }),
  };
  return api({ method: 'POST', path: `${entityPath(id)}/block`, json });
}

function parseCandidates(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      'min-articles': { type: 'string' },
      days: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  positionals(args, []);
  const path = `/v1/entities/candidates${query({
    type: entityType(values.type),
    minArticles: wholeNumber(values['min-articles'], '--min-articles', 1, 100_000),
    days: wholeNumber(values.days, '--days', 1, 365),
    limit: wholeNumber(values.limit, '--limit', 1, 200),
  })}`;
  const render = values.json
    ? renderJson
    : (answer: unknown) => candidateTable(answer as CandidateRow[]);
  return { kind: 'api', call: { method: 'GET', path, render } };
}

function parsePromote(rest: string[]): CliAction {
  const { values, positionals: args } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      type: { type: 'string' },
      alias: { type: 'string', multiple: true },
      ...EXTERNAL_ID_OPTIONS,
    },
  });
  const [key = ''] = positionals(args, ['<key>']);
  if (!/^local:[a-z]+:\S+$/.test(key))
    throw new UsageError(`'${key}' is not a candidate key (local:<type>:<slug>)`);
  if (values.id !== undefined) entityPath(values.id);
  const ids = externalIds(values);
  const json = {
    ...(values.id !== undefined && { id: values.id }),
    ...(values.name !== undefined && { name: values.name }),
    ...(values.type !== undefined && { type: entityType(values.type) }),
    ...(values.alias !== undefined && { aliases: values.alias }),
    ...(ids !== undefined && { externalIds: ids }),
  };
  const path = `/v1/entities/candidates/${encodeURIComponent(key)}/promote`;
  return api({ method: 'POST', path, json });
}

export const entitiesCommand: CommandGroup = {
  name: 'entities',
  summary: 'search, add, update, merge, block and promote vocabulary entities',
  usage: USAGE,
  parse(argv): CliAction {
    const known = [
      'search',
      'show',
      'add',
      'update',
      'merge',
      'block',
      'unblock',
      'candidates',
      'promote',
    ];
    const command = subCommand(argv, { name: 'entities', usage: USAGE }, known);
    if ('help' in command) return { kind: 'help', text: USAGE };
    const { name, rest } = command;
    if (name === 'search') return parseSearch(rest);
    if (name === 'add') return parseAdd(rest);
    if (name === 'update') return parseUpdate(rest);
    if (name === 'merge') return parseMerge(rest);
    if (name === 'block') return parseBlock(rest);
    if (name === 'candidates') return parseCandidates(rest);
    if (name === 'promote') return parsePromote(rest);
    const [id = ''] = positionals(rest, ['<id>']);
    if (name === 'unblock') return api({ method: 'POST', path: `${entityPath(id)}/unblock` });
    return api({ method: 'GET', path: entityPath(id) });
  },
};
