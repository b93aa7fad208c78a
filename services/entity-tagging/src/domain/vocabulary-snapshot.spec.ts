import type { TaggedEntity } from '@newsflow/contracts';
import { applyVocabularyDecisions, selectCandidates } from './vocabulary-screen.util';
import { VocabularySnapshot } from './vocabulary-snapshot';
import type { VocabularyEntry, VocabularyRecord } from './vocabulary.interface';

const shipped: VocabularyEntry[] = [
  { id: 'wikidata:Q1065', type: 'organisation', name: 'United Nations', aliases: ['UN'] },
  { id: 'wikidata:Q810', type: 'place', name: 'Jordan', aliases: [] },
];

function record(
  fields: Partial<VocabularyRecord> & Pick<VocabularyRecord, 'id' | 'name'>,
): VocabularyRecord {
  return { type: 'person', aliases: [], status: 'active', mergedInto: null, ...fields };
}

function entity(id: string, name: string, start: number, salience = 0.5): TaggedEntity {
  return {
    id,
    type: 'person',
    name,
    mentions: [{ text: name, start, end: start + name.length }],
    salience,
    confidence: 0.8,
  };
}

describe('VocabularySnapshot', () => {
  it('adds operator entries and their aliases to the shipped ones', () => {
    const snapshot = new VocabularySnapshot(3, shipped, [
      record({ id: 'local:person:jane-roe', name: 'Jane Roe', aliases: ['J. Roe'] }),
    ]);
    expect(snapshot.revision).toBe(3);
    expect(snapshot.vocabulary.lookup('J. Roe')?.id).toBe('local:person:jane-roe');
    expect(snapshot.vocabulary.lookup('UN')?.id).toBe('wikidata:Q1065');
    expect(snapshot.vocabulary.findIn('J. Roe met the UN.').map((hit) => hit.entry.id)).toEqual([
      'local:person:jane-roe',
      'wikidata:Q1065',
    ]);
  });

  it('lets an operator record override the shipped entry with the same id', () => {
    const snapshot = new VocabularySnapshot(1, shipped, [
      record({
        id: 'wikidata:Q1065',
        type: 'organisation',
        name: 'United Nations',
        aliases: ['UN', 'ONU'],
      }),
    ]);
    expect(snapshot.vocabulary.lookup('ONU')?.id).toBe('wikidata:Q1065');
  });

  it('removes a blocked entry and blocks its id and every name, whatever the type', () => {
    const snapshot = new VocabularySnapshot(2, shipped, [
      record({ id: 'wikidata:Q810', type: 'place', name: 'Jordan', status: 'blocked' }),
      record({ id: 'local:person:read-more', name: 'Read More', status: 'blocked' }),
    ]);
    expect(snapshot.vocabulary.lookup('Jordan')).toBeUndefined();
    expect(snapshot.isBlocked('wikidata:Q810', 'anything')).toBe(true);
    expect(snapshot.isBlocked('local:organisation:read-more', 'READ MORE')).toBe(true);
    expect(snapshot.isBlocked('local:person:jane-roe', 'Jane Roe')).toBe(false);
    expect(snapshot.size).toEqual({ entries: 1, blocked: 2, merged: 0 });
  });

  it('resolves merge chains to the survivor and gives it the merged names', () => {
    const snapshot = new VocabularySnapshot(4, shipped, [
      record({ id: 'local:person:jane-roe', name: 'Jane Roe' }),
      record({
        id: 'local:person:j-roe',
        name: 'J Roe',
        status: 'merged',
        mergedInto: 'local:person:jane-doe-roe',
      }),
      record({
        id: 'local:person:jane-doe-roe',
        name: 'Jane Doe-Roe',
        status: 'merged',
        mergedInto: 'local:person:jane-roe',
      }),
    ]);
    expect(snapshot.resolve('local:person:j-roe')).toBe('local:person:jane-roe');
    expect(snapshot.resolve('local:person:other')).toBe('local:person:other');
    expect(snapshot.vocabulary.lookup('Jane Doe-Roe')?.id).toBe('local:person:jane-roe');
    expect(snapshot.vocabulary.lookup('J Roe')?.id).toBe('local:person:jane-roe');
  });

  it('treats a merge cycle as blocked rather than looping', () => {
    const snapshot = new VocabularySnapshot(
      5,
      [],
      [
        record({
          id: 'local:person:a-a',
          name: 'Aa Aa',
          status: 'merged',
          mergedInto: 'local:person:b-b',
        }),
        record({
          id: 'local:person:b-b',
          name: 'Bb Bb',
          status: 'merged',
          mergedInto: 'local:person:a-a',
        }),
      ],
    );
    expect(snapshot.isBlocked('local:person:a-a', 'Aa Aa')).toBe(true);
    expect(snapshot.isBlocked('local:person:b-b', 'Bb Bb')).toBe(true);
  });
});

describe('applyVocabularyDecisions', () => {
  const snapshot = new VocabularySnapshot(1, shipped, [
    record({ id: 'local:person:jane-roe', name: 'Jane Roe' }),
    record({
      id: 'local:person:j-roe',
      name: 'J Roe',
      status: 'merged',
      mergedInto: 'local:person:jane-roe',
    }),
    record({ id: 'local:person:read-more', name: 'Read More', status: 'blocked' }),
  ]);

  it('drops blocked entities, renames merged ones and joins them with their survivor', () => {
    const result = applyVocabularyDecisions(
      [
        entity('local:person:jane-roe', 'Jane Roe', 0, 0.4),
        entity('local:person:j-roe', 'J Roe', 40, 0.9),
        entity('local:organisation:read-more', 'Read more', 80),
      ],
      snapshot,
    );
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({
      id: 'local:person:jane-roe',
      name: 'Jane Roe',
      salience: 0.9,
    });
    expect(result[0]?.mentions.map((mention) => mention.start)).toEqual([0, 40]);
  });

  it('proposes only unknown, name-like entities as candidates', () => {
    const candidates = selectCandidates(
      [
        entity('local:person:jane-roe', 'Jane Roe', 0),
        entity('local:person:max-mustermann', 'Max Mustermann', 10),
        entity('local:organisation:x', 'X', 30),
        entity('local:organisation:2024', '2024', 40),
        entity('wikidata:Q1065', 'United Nations', 50),
      ],
      snapshot,
    );
    expect(candidates).toEqual([
      { key: 'local:person:max-mustermann', type: 'person', name: 'Max Mustermann', mentions: 1 },
    ]);
  });
});
