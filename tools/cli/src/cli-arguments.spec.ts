import { parseCliArguments } from './cli-arguments';

describe('parseCliArguments', () => {
  it('reads an ingest command with options', () => {
    expect(
      parseCliArguments(['ingest', 'page.txt', '--source', 'example.org', '--timeout', '5']),
    ).toEqual({
      kind: 'ingest',
      target: 'page.txt',
      source: 'example.org',
      title: null,
      url: null,
      publishedAt: null,
      timeoutSeconds: 5,
    });
  });

  it('normalises the publication date', () => {
    const command = parseCliArguments([
      'ingest',
      'a.html',
      '--published-at',
      '2026-01-02T03:04:05+01:00',
    ]);
    expect(command).toMatchObject({ publishedAt: '2026-01-02T02:04:05.000Z' });
  });

  it('shows help without a command', () => {
    expect(parseCliArguments([])).toEqual({ kind: 'help' });
  });

  it('explains mistakes', () => {
    expect(() => parseCliArguments(['ingest'])).toThrow('ingest needs a file or URL');
    expect(() => parseCliArguments(['publish', 'x'])).toThrow("unknown command 'publish'");
    expect(() => parseCliArguments(['ingest', 'x', '--timeout', '-1'])).toThrow('--timeout');
    expect(() => parseCliArguments(['ingest', 'x', '--published-at', 'soon'])).toThrow(
      '--published-at',
    );
  });
});
