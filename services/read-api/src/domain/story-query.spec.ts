import { encodeListCursor } from './list-query';
import { storyQuerySchema } from './story-query';

const STORY = `story:art_${'a'.repeat(32)}`;

function problems(raw: Record<string, unknown>): string[] {
  const parsed = storyQuerySchema.safeParse(raw);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('storyQuerySchema', () => {
  it('turns query-string values into a story query', () => {
    const cursor = encodeListCursor({ sortAt: new Date('2026-03-01T10:00:00Z'), id: STORY });
    expect(
      storyQuerySchema.parse({
        source: 'a.example',
        language: 'fr',
        entity: 'wikidata:Q90',
        since: '2026-03-01',
        until: '2026-03-02T00:00:00Z',
        minMembers: '3',
        fields: 'title, sources',
        limit: '5',
        cursor,
      }),
    ).toEqual({
      sourceId: 'a.example',
      language: 'fr',
      entity: { id: 'wikidata:Q90' },
      since: new Date('2026-03-01T00:00:00Z'),
      until: new Date('2026-03-02T00:00:00Z'),
      minMembers: 3,
      fields: ['title', 'sources'],
      limit: 5,
      after: { sortAt: new Date('2026-03-01T10:00:00Z'), id: STORY },
    });
  });

  it('reads an entity without a scheme as a case-insensitive name and defaults the limit', () => {
    expect(storyQuerySchema.parse({ entity: 'Emmanuel Macron' })).toEqual({
      entity: { name: 'emmanuel macron' },
      limit: 20,
    });
  });

  it('names every bad parameter, operator-looking values and foreign cursors included', () => {
    const articleCursor = encodeListCursor({ sortAt: new Date(), id: `art_${'0'.repeat(32)}` });
    const found = problems({
      source: '$ne',
      entity: '__proto__',
      language: 'french',
      minMembers: '0',
      limit: '101',
      fields: 'title,secret',
      cursor: articleCursor,
      colour: 'red',
    }).join('\n');
    for (const name of ['source', 'entity', 'language', 'minMembers', 'limit', 'fields', 'cursor'])
      expect(found).toMatch(new RegExp(`^${name}:`, 'm'));
    expect(found).toMatch(/colour/);
  });

  it('refuses a window that ends before it starts', () => {
    expect(problems({ since: '2026-03-02', until: '2026-03-01' })).toEqual([
      'since: `since` must not be after `until`',
    ]);
  });
});
