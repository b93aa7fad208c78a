import { decodeCursor, encodeCursor, parseArticleQuery } from './article-query';

describe('parseArticleQuery', () => {
  it('reads entity ids, names, sources and a time range', () => {
    const result = parseArticleQuery({
      entity: 'wikidata:Q1065',
      source: 'example.com',
      from: '2026-01-01',
      limit: '5',
    });
    expect(result).toEqual({
      ok: true,
      query: {
        entity: { id: 'wikidata:Q1065' },
        sourceId: 'example.com',
        from: new Date('2026-01-01'),
        limit: 5,
      },
    });
    expect(parseArticleQuery({ entity: 'United Nations' })).toMatchObject({
      ok: true,
      query: { entity: { name: 'united nations' } },
    });
  });

  it('reads an IPTC topic code and refuses anything else', () => {
    expect(parseArticleQuery({ topic: 'medtop:15000000' })).toMatchObject({
      ok: true,
      query: { topic: 'medtop:15000000' },
    });
    const refused = parseArticleQuery({ topic: 'sport' });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('topic: must be an IPTC Media Topic code');
  });

  it('folds words into search terms and reads language, agency, story and fields', () => {
    const result = parseArticleQuery({
      q: 'The Cholera CAMPS',
      language: 'en',
      agency: 'AFP',
      story: 'sto_1',
      fields: 'title, publishedAt',
    });
    expect(result).toEqual({
      ok: true,
      query: {
        terms: ['cholera', 'camps'],
        language: 'en',
        agency: 'AFP',
        storyId: 'sto_1',
        fields: ['title', 'publishedAt'],
        limit: 20,
      },
    });
    expect(parseArticleQuery({ q: 'the of' })).toEqual({
      ok: false,
      problems: [expect.stringContaining('no searchable words')],
    });
    expect(parseArticleQuery({ fields: 'title,password' }).ok).toBe(false);
    expect(parseArticleQuery({ language: 'eng' }).ok).toBe(false);
  });

  it('explains every bad parameter', () => {
    const result = parseArticleQuery({ limit: '1000', from: 'yesterday', colour: 'red' });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join('\n');
    expect(problems).toMatch(/limit/);
    expect(problems).toMatch(/from/);
    expect(problems).toMatch(/colour/);
  });

  it('refuses operators and prototype keys in values', () => {
    expect(parseArticleQuery({ source: '$ne' }).ok).toBe(false);
    expect(parseArticleQuery({ entity: '__proto__' }).ok).toBe(false);
    expect(parseArticleQuery({ source: { $ne: 'x' } }).ok).toBe(false);
  });

  it('refuses a reversed range and a forged cursor', () => {
    expect(parseArticleQuery({ from: '2026-02-01', to: '2026-01-01' }).ok).toBe(false);
    expect(parseArticleQuery({ cursor: 'bm90LWEtY3Vyc29y' }).ok).toBe(false);
  });
});

describe('cursor', () => {
  it('round-trips', () => {
    const cursor = { sortAt: new Date('2026-01-01T00:00:00Z'), id: `art_${'0'.repeat(32)}` };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
});
