import { buildPushRequest, isUrl } from './push-request';

const base = {
  kind: 'ingest' as const,
  source: null,
  title: null,
  url: null,
  publishedAt: null,
  timeoutSeconds: 60,
};

describe('buildPushRequest', () => {
  it('sends text files as text and HTML files as html', () => {
    expect(buildPushRequest({ ...base, target: 'a.txt' }, 'Hello.')).toEqual({ text: 'Hello.' });
    expect(buildPushRequest({ ...base, target: 'a.html' }, '<p>Hi</p>')).toEqual({
      html: '<p>Hi</p>',
    });
    expect(buildPushRequest({ ...base, target: 'page' }, '<!DOCTYPE html><p>x')).toEqual({
      html: '<!DOCTYPE html><p>x',
    });
  });

  it('sends a URL for the service to fetch, with the options given', () => {
    expect(
      buildPushRequest({ ...base, target: 'https://x.org/a', source: 'x', title: 'T' }, null),
    ).toEqual({
      url: 'https://x.org/a',
      source: 'x',
      title: 'T',
    });
    expect(isUrl('https://x.org')).toBe(true);
    expect(isUrl('./file.txt')).toBe(false);
  });
});
