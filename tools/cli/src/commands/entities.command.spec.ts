import { UsageError, type ApiCall, type CliAction } from './command-group';
import { entitiesCommand } from './entities.command';
import { candidateTable, entityTable } from './entity-tables';

function call(action: CliAction): ApiCall {
  if (action.kind !== 'api') throw new Error(`expected an API call, got ${action.kind}`);
  return action.call;
}

const parse = (...argv: string[]): ApiCall => call(entitiesCommand.parse(argv));

describe('entities commands', () => {
  it('searches by prefix with filters, several words making one prefix', () => {
    expect(parse('search', 'ass', '--type', 'person', '--limit', '5')).toMatchObject({
      method: 'GET',
      path: '/v1/entities?prefix=ass&type=person&limit=5',
    });
    expect(parse('search', 'bashar', 'al').path).toBe('/v1/entities?prefix=bashar+al');
    expect(parse('search', '--status', 'blocked').path).toBe('/v1/entities?status=blocked');
    expect(parse('search', 'a&b=c').path).toBe('/v1/entities?prefix=a%26b%3Dc');
    expect(() => entitiesCommand.parse(['search', 'x', '--type', 'animal'])).toThrow(
      '--type must be one of person, organisation, place',
    );
    expect(() => entitiesCommand.parse(['search', 'x', '--limit', '500'])).toThrow(
      '--limit must be a whole number from 1 to 100',
    );
    expect(() => entitiesCommand.parse(['search', '--status', 'gone'])).toThrow('--status');
  });

  it('shows and unblocks entities, URL-encoding their ids', () => {
    expect(parse('show', 'wikidata:Q90')).toMatchObject({
      method: 'GET',
      path: '/v1/entities/wikidata%3AQ90',
    });
    expect(parse('unblock', 'local:person:jane-doe')).toMatchObject({
      method: 'POST',
      path: '/v1/entities/local%3Aperson%3Ajane-doe/unblock',
    });
    expect(parse('show', 'local:place:zürich/../x').path).toBe(
      `/v1/entities/local%3Aplace%3Az%C3%BCrich%2F..%2Fx`,
    );
    expect(() => entitiesCommand.parse(['show'])).toThrow('missing <id>');
    expect(() => entitiesCommand.parse(['show', '..'])).toThrow("'..' is not an entity id");
    expect(() => entitiesCommand.parse(['show', 'a:b', 'c:d'])).toThrow('unexpected arguments');
  });

  it('adds an entity with aliases and external ids', () => {
    expect(
      parse(
        'add',
        '--type',
        'place',
        '--name',
        'Paris',
        '--alias',
        'Paname',
        '--alias',
        'Ville Lumière',
        '--wikidata',
        'q90',
        '--iso3166',
        'fr',
      ),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/entities',
      json: {
        type: 'place',
        name: 'Paris',
        aliases: ['Paname', 'Ville Lumière'],
        externalIds: { wikidata: 'Q90', iso3166: 'FR' },
      },
    });
    expect(
      parse('add', '--type', 'person', '--name', 'Jane Doe', '--id', 'local:person:jane-doe').json,
    ).toEqual({ type: 'person', name: 'Jane Doe', id: 'local:person:jane-doe' });
    expect(() => entitiesCommand.parse(['add', '--name', 'Paris'])).toThrow('needs --type');
    expect(() => entitiesCommand.parse(['add', '--type', 'place'])).toThrow('needs --name');
    expect(() =>
      entitiesCommand.parse(['add', '--type', 'place', '--name', 'P', '--wikidata', 'Paris']),
    ).toThrow('--wikidata must be a Wikidata item id');
    expect(() =>
      entitiesCommand.parse(['add', '--type', 'place', '--name', 'P', '--geonames', '12a']),
    ).toThrow('--geonames');
    expect(() =>
      entitiesCommand.parse(['add', '--type', 'place', '--name', 'P', '--id', '/etc']),
    ).toThrow('not an entity id');
  });

  it('updates with PATCH, only the fields given', () => {
    expect(
      parse('update', 'wikidata:Q90', '--name', 'Paris', '--alias', 'Paname', '--revision', '3'),
    ).toMatchObject({
      method: 'PATCH',
      path: '/v1/entities/wikidata%3AQ90',
      json: { name: 'Paris', aliases: ['Paname'], revision: 3 },
    });
    expect(parse('update', 'local:person:jane-doe', '--no-aliases').json).toEqual({ aliases: [] });
    expect(parse('update', 'wikidata:Q1', '--type', 'organisation').json).toEqual({
      type: 'organisation',
    });
    expect(() => entitiesCommand.parse(['update', 'wikidata:Q90'])).toThrow('nothing to change');
    expect(() => entitiesCommand.parse(['update', 'wikidata:Q90', '--revision', '2'])).toThrow(
      'nothing to change',
    );
    expect(() =>
      entitiesCommand.parse(['update', 'wikidata:Q90', '--alias', 'x', '--no-aliases']),
    ).toThrow('not both');
    expect(() => entitiesCommand.parse(['update', '--name', 'Paris'])).toThrow('missing <id>');
  });

  it('merges several ids into one and says so', () => {
    const merge = parse('merge', 'wikidata:Q90', 'local:place:paris', 'local:place:paname');
    expect(merge).toMatchObject({
      method: 'POST',
      path: '/v1/entities/wikidata%3AQ90/merge',
      json: { from: ['local:place:paris', 'local:place:paname'] },
    });
    expect(
      merge.render({
        into: { id: 'wikidata:Q90', name: 'Paris' },
        merged: ['local:place:paris', 'local:place:paname'],
      }),
    ).toBe('merged local:place:paris, local:place:paname into wikidata:Q90 (Paris)');
    expect(() => entitiesCommand.parse(['merge', 'wikidata:Q90'])).toThrow('missing <from-id>');
    expect(() => entitiesCommand.parse(['merge'])).toThrow('missing <into-id>');
    expect(() => entitiesCommand.parse(['merge', 'wikidata:Q90', 'oops'])).toThrow(
      "'oops' is not an entity id",
    );
  });

  it('blocks an id, with an optional name and type', () => {
    expect(
      parse('block', 'local:person:read-more', '--name', 'Read More', '--type', 'person'),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/entities/local%3Aperson%3Aread-more/block',
      json: { name: 'Read More', type: 'person' },
    });
    expect(parse('block', 'wikidata:Q5').json).toEqual({});
    expect(() => entitiesCommand.parse(['block'])).toThrow('missing <id>');
  });

  it('lists candidates and promotes one', () => {
    expect(
      parse('candidates', '--type', 'person', '--min-articles', '3', '--days', '7'),
    ).toMatchObject({
      method: 'GET',
      path: '/v1/entities/candidates?type=person&minArticles=3&days=7',
    });
    expect(() => entitiesCommand.parse(['candidates', '--days', '400'])).toThrow('--days');
    expect(() => entitiesCommand.parse(['candidates', '--min-articles', '-1'])).toThrow(
      '--min-articles',
    );
    expect(
      parse(
        'promote',
        'local:person:jane-doe',
        '--wikidata',
        'Q123',
        '--name',
        'Jane Doe',
        '--alias',
        'J. Doe',
      ),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/entities/candidates/local%3Aperson%3Ajane-doe/promote',
      json: { name: 'Jane Doe', aliases: ['J. Doe'], externalIds: { wikidata: 'Q123' } },
    });
    expect(parse('promote', 'local:place:x', '--id', 'geonames:2988507').json).toEqual({
      id: 'geonames:2988507',
    });
    expect(() => entitiesCommand.parse(['promote', 'wikidata:Q90'])).toThrow('not a candidate key');
    expect(() => entitiesCommand.parse(['promote'])).toThrow('missing <key>');
  });

  it('gives help and refuses unknown commands', () => {
    expect(entitiesCommand.parse([])).toMatchObject({ kind: 'help' });
    expect(entitiesCommand.parse(['help'])).toMatchObject({ kind: 'help' });
    expect(() => entitiesCommand.parse(['delete', 'wikidata:Q90'])).toThrow(UsageError);
    expect(() => entitiesCommand.parse(['delete'])).toThrow("unknown entities command 'delete'");
  });

  it('prints entities and candidates as tables, or JSON when asked', () => {
    const table = entityTable([
      {
        id: 'wikidata:Q90',
        type: 'place',
        name: 'Paris',
        aliases: ['Paname'],
        status: 'active',
        mergedInto: null,
      },
      {
        id: 'local:place:paris',
        type: 'place',
        name: 'Paris\u001b[31m',
        aliases: [],
        status: 'merged',
        mergedInto: 'wikidata:Q90',
      },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^ID\s+TYPE\s+STATUS\s+NAME \(ALIASES\)$/);
    expect(lines[1]).toMatch(/^wikidata:Q90\s+place\s+active\s+Paris {2}\(Paname\)$/);
    expect(lines[2]).toContain('merged into wikidata:Q90');
    expect(table).not.toContain('\u001b');
    expect(entityTable([])).toBe('no entities');
    expect(parse('search', 'x', '--json').render([{ id: 'wikidata:Q90' }])).toBe(
      JSON.stringify([{ id: 'wikidata:Q90' }], null, 2),
    );

    const candidates = candidateTable([
      {
        key: 'local:person:jane-doe',
        type: 'person',
        name: 'Jane Doe',
        names: ['J. Doe'],
        articles: 4,
        mentions: 9,
        lastSeen: '2026-03-01T10:00:00.000Z',
      },
    ]);
    expect(candidates.split('\n')[0]).toMatch(
      /^KEY\s+TYPE\s+ARTICLES\s+MENTIONS\s+LAST SEEN\s+NAME$/,
    );
    expect(candidates).toContain('Jane Doe  (also J. Doe)');
    expect(candidateTable([])).toBe('no candidates');
  });
});
