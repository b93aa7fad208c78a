import { explain } from './api-client';
import { extractGlobalOptions, parseCommandLine, USAGE } from './cli-dispatcher';
import { UsageError, type ApiCall, type CliAction } from './commands/command-group';

function call(action: CliAction): ApiCall {
  if (action.kind !== 'api') throw new Error(`expected an API call, got ${action.kind}`);
  return action.call;
}

describe('the CLI dispatcher', () => {
  it('takes global options from anywhere on the line', () => {
    expect(
      extractGlobalOptions([
        'feeds',
        '--api-url',
        'http://h:1/',
        'list',
        '--api-key=nf_x_y',
        '--json',
      ]),
    ).toEqual({
      options: { apiUrl: 'http://h:1', apiKey: 'nf_x_y' },
      rest: ['feeds', 'list', '--json'],
    });
    expect(() => extractGlobalOptions(['feeds', 'list', '--api-key'])).toThrow(
      '--api-key needs a value',
    );
  });

  it('lists every group in the help and refuses unknown groups and options', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'help', text: USAGE });
    expect(USAGE).toMatch(/ingest[\s\S]*feeds[\s\S]*keys[\s\S]*subscriptions[\s\S]*entities/);
    expect(() => parseCommandLine(['publish'])).toThrow("unknown command 'publish'");
    expect(() => parseCommandLine(['feeds', 'list', '--colour', 'red'])).toThrow(UsageError);
    expect(() => parseCommandLine(['feeds', 'list', '--colour', 'red'])).toThrow(/--colour/);
    expect(() => parseCommandLine(['feeds', 'frobnicate'])).toThrow(
      "unknown feeds command 'frobnicate'",
    );
  });

  it('gives each group its own help', () => {
    const help = parseCommandLine(['feeds', 'help']);
    expect(help.kind).toBe('help');
    expect(help.kind === 'help' && help.text).toMatch(/feeds <command>/);
    expect(parseCommandLine(['keys']).kind).toBe('help');
    expect(parseCommandLine(['ingest', '--help']).kind).toBe('help');
  });

  it('keeps ingest a local run, not a read-api call', () => {
    expect(parseCommandLine(['ingest', 'page.txt']).kind).toBe('run');
  });

  it('routes keys commands to the admin key API', () => {
    expect(
      call(parseCommandLine(['keys', 'create', '--name', 'desk', '--scopes', 'read,admin'])),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/admin/api-keys',
      json: { name: 'desk', scopes: ['read', 'admin'] },
    });
    expect(call(parseCommandLine(['keys', 'list']))).toMatchObject({
      method: 'GET',
      path: '/v1/admin/api-keys',
    });
    expect(call(parseCommandLine(['keys', 'revoke', 'abc/../x']))).toMatchObject({
      method: 'DELETE',
      path: '/v1/admin/api-keys/abc%2F..%2Fx',
    });
    expect(() => parseCommandLine(['keys', 'create', '--name', 'x', '--scopes', 'root'])).toThrow(
      '--scopes',
    );
    expect(() => parseCommandLine(['keys', 'create', '--scopes', 'read'])).toThrow('--name');
  });

  it('routes subscription commands, checking the filter is a JSON object', () => {
    expect(
      call(
        parseCommandLine([
          'subscriptions',
          'create',
          '--name',
          'Paris desk',
          '--filter',
          '{"entityIds":["wikidata:Q90"]}',
          '--webhook',
          'https://hooks.example/nf',
        ]),
      ),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/subscriptions',
      json: {
        name: 'Paris desk',
        filter: { entityIds: ['wikidata:Q90'] },
        webhook: { url: 'https://hooks.example/nf' },
      },
    });
    expect(() =>
      parseCommandLine(['subscriptions', 'create', '--name', 'x', '--filter', '{oops']),
    ).toThrow('--filter is not JSON');
    expect(() =>
      parseCommandLine(['subscriptions', 'create', '--name', 'x', '--filter', '[1]']),
    ).toThrow('JSON object');
    expect(
      call(parseCommandLine(['subscriptions', 'pause', 'sub_0123456789abcdef'])),
    ).toMatchObject({
      method: 'POST',
      path: '/v1/subscriptions/sub_0123456789abcdef/pause',
    });
    expect(call(parseCommandLine(['subscriptions', 'remove', 'sub_1']))).toMatchObject({
      method: 'DELETE',
    });
    expect(() => parseCommandLine(['subscriptions', 'show'])).toThrow('missing <id>');
  });
});

describe('explain', () => {
  it('prints read-api’s message and each problem', () => {
    expect(
      explain('{"statusCode":400,"message":"invalid feed","problems":["url: bad","kind: bad"]}'),
    ).toBe('invalid feed\n  - url: bad\n  - kind: bad');
    expect(explain('<html>oops</html>')).toBe('<html>oops</html>');
  });
});
