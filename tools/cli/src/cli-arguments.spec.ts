import { parseIngestArguments } from './cli-arguments';

describe('parseIngestArguments', () => {
  it('reads an ingest command with options', () => {
    expect(parseIngestArguments(['page.txt', '--source', 'example.org', '--timeout', '5'])).toEqual(
      {
        kind: 'ingest',
        target: 'page.txt',
        source: 'example.org',
        title: null,
        url: null,
        publishedAt: null,
        timeoutSeconds: 5,
      },
    );
  });

  it('normalises the publication date', () => {
    const command = parseIngestArguments(['a.html', '--published-at', '2026-01-02T03:04:05+01:00']);
    expect(command).toMatchObject({ publishedAt: '2026-01-02T02:04:05.000Z' });
  });

  it('shows help when asked', () => {
    expect(parseIngestArguments(['--help'])).toEqual({ kind: 'help' });
  });

  it('explains mistakes', () => {
    expect(() => parseIngestArguments([])).toThrow('ingest needs a file or URL');
    expect(() => parseIngestArguments(['a', 'b'])).toThrow('unexpected arguments: b');
    expect(() => parseIngestArguments(['x', '--timeout', '-1'])).toThrow('--timeout');
    expect(() => parseIngestArguments(['x', '--published-at', 'soon'])).toThrow('--published-at');
  });
});
